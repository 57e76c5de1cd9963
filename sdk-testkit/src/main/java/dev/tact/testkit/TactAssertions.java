package dev.tact.testkit;

/**
 * The entry point of the test kit: import {@link #assertThat(String)} statically and check a reply
 * the way Tact would review it before it is sent.
 *
 * <pre>{@code
 * import static dev.tact.testkit.TactAssertions.assertThat;
 *
 * @Test
 * void delayApologyIsCleanInJapanese() {
 *   assertThat(bot.reply(order))
 *       .inLocale(Locale.JAPANESE)
 *       .toUpsetCustomer()
 *       .hasNoFindings();
 * }
 *
 * @Test
 * void minimizingIsCaught() {
 *   assertThat("アプリを再起動するだけで直ります。")
 *       .inLocale(Locale.JAPANESE)
 *       .hasFinding("tone.minimizing").at("再起動するだけで直ります");
 * }
 * }</pre>
 *
 * <p>A failed assertion throws {@link org.opentest4j.AssertionFailedError} with the reply, the
 * offending words marked, and the findings that were found instead:
 *
 * <pre>{@code
 * Expected no findings, but found 1.
 *
 * Reply (en, public, mood upset):
 *   Please just restart the app.
 *
 * Findings:
 *   1. tone.minimizing (error)
 *      Please ⟦just restart⟧ the app.
 *      'just' makes the step sound trivial to someone for whom it has not worked
 *      Try: "Could you try …" | "Please tap …, and let us know what you see" | "The next step is to …"
 * }</pre>
 */
public final class TactAssertions {
  private TactAssertions() {}

  /**
   * Starts assertions on a reply: English, on a public channel, starting a conversation, reviewed
   * by the shared built-in Tact, until {@link ReplyAssert} is told otherwise.
   *
   * @param reply the reply text, exactly as it would be sent
   */
  public static ReplyAssert assertThat(String reply) {
    return ReplyAssert.of(reply);
  }
}
