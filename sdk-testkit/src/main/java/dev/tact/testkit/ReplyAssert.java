package dev.tact.testkit;

import dev.tact.Tact;
import dev.tact.core.Channel;
import dev.tact.core.Conversation;
import dev.tact.core.Draft;
import dev.tact.core.Finding;
import dev.tact.core.LengthCounting;
import dev.tact.core.Message;
import dev.tact.core.Severity;
import dev.tact.core.Span;
import dev.tact.i18n.TextLength;
import dev.tact.rules.Mood;
import dev.tact.rules.RuleMetadata;
import dev.tact.rules.escalation.Escalation;
import dev.tact.rules.escalation.EscalationPolicy;
import dev.tact.rules.escalation.Reason;
import dev.tact.rules.escalation.Route;
import dev.tact.testkit.internal.BuiltInTact;
import dev.tact.testkit.internal.Marks;
import dev.tact.testkit.internal.Report;
import dev.tact.testkit.internal.ReviewedReply;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.opentest4j.AssertionFailedError;

/**
 * Assertions on one reply, as Tact would review it before it is sent. Say how the reply is sent
 * ({@link #inLocale}, {@link #onChannel}, to whom: {@link #toUpsetCustomer()}, {@link
 * #toCustomerSaying}), then assert ({@link #hasNoFindings()}, {@link #hasFinding}, {@link
 * #goesPublic()}…). A failed assertion throws {@link AssertionFailedError} with the reply, the
 * offending words marked {@code ⟦like this⟧}, each finding's rule, message and suggestions, and
 * what was found instead.
 *
 * <pre>{@code
 * assertThat("Please just restart the app.")
 *     .toUpsetCustomer()
 *     .hasFinding("tone.minimizing").at("just restart").withSeverity(Severity.ERROR);
 *
 * assertThat(bot.reply(order)).inLocale(Locale.JAPANESE).onChannel(Channel.X_REPLY)
 *     .toCustomerSaying("注文した商品がまだ届きません")
 *     .hasNoFindingsAtLeast(Severity.WARNING)
 *     .goesPublic()
 *     .fitsOn(Channel.X_REPLY);
 * }</pre>
 *
 * <p>Unless told otherwise the reply is English ({@link Locale#ENGLISH}), written by a person, goes
 * to {@link Channel#PUBLIC} (public, no length limit), starts a conversation (no customer message,
 * so the mood is unknown), and is reviewed by one shared Tact with the built-in rule packs. Every
 * setting returns a new object and leaves this one as it was, so a configured assertion can be kept
 * in a field and reused; instances are immutable and thread-safe. The reply is reviewed afresh by
 * each assertion.
 */
public final class ReplyAssert {
  private final String text;
  private final Locale locale;
  private final Channel channel;
  private final Conversation conversation;
  private final @Nullable Mood mood;
  private final boolean automated;
  private final @Nullable Tact tact;

  private ReplyAssert(String text, Locale locale, Channel channel, Conversation conversation,
      @Nullable Mood mood, boolean automated, @Nullable Tact tact) {
    this.text = text;
    this.locale = locale;
    this.channel = channel;
    this.conversation = conversation;
    this.mood = mood;
    this.automated = automated;
    this.tact = tact;
  }

  static ReplyAssert of(String reply) {
    return new ReplyAssert(Objects.requireNonNull(reply, "reply"), Locale.ENGLISH, Channel.PUBLIC,
        Conversation.empty(), null, false, null);
  }

  // ---- how the reply is sent ------------------------------------------------------------------

  /** The language the reply is written in; English unless set. */
  public ReplyAssert inLocale(Locale locale) {
    return new ReplyAssert(text, Objects.requireNonNull(locale, "locale"), channel, conversation,
        mood, automated, tact);
  }

  /**
   * Where the reply goes; {@link Channel#PUBLIC} unless set. Personal data is a finding only in a
   * reply to a public channel.
   */
  public ReplyAssert onChannel(Channel channel) {
    return new ReplyAssert(text, locale, Objects.requireNonNull(channel, "channel"), conversation,
        mood, automated, tact);
  }

  /**
   * Reviews the reply as an answer to an upset customer, whatever the conversation says: the
   * rules apply their severities for {@link Mood#UPSET} (minimizing is an error there).
   *
   * <pre>{@code
   * assertThat("Just restart the app.").toUpsetCustomer()
   *     .hasFinding("tone.minimizing").withSeverity(Severity.ERROR);
   * }</pre>
   */
  public ReplyAssert toUpsetCustomer() {
    return new ReplyAssert(text, locale, channel, conversation, Mood.UPSET, automated, tact);
  }

  /**
   * Reviews the reply as the answer to one public message from the customer; Tact reads the mood
   * from it (unless {@link #toUpsetCustomer()} sets it) and decides the route with it. Replaces a
   * conversation set before.
   *
   * <pre>{@code
   * assertThat("We're sorry. Could you DM us your order number?")
   *     .toCustomerSaying("My card was charged twice!!")
   *     .goesPrivateBecause(Reason.ACCOUNT_DETAILS_NEEDED, Reason.SENSITIVE_TOPIC);
   * }</pre>
   */
  public ReplyAssert toCustomerSaying(String inbound) {
    return inConversation(Conversation.of(Message.fromCustomer(
        Objects.requireNonNull(inbound, "inbound"))));
  }

  /**
   * Reviews the reply as the next message of a whole thread (for the thread limit, or a customer
   * who asked for a DM two messages ago). Replaces a conversation set before.
   */
  public ReplyAssert inConversation(Conversation conversation) {
    return new ReplyAssert(text, locale, channel,
        Objects.requireNonNull(conversation, "conversation"), mood, automated, tact);
  }

  /**
   * Reviews the reply as written by a bot, which must say it is one and offer a person
   * ({@code tone.bot-disclosure}).
   */
  public ReplyAssert automated() {
    return new ReplyAssert(text, locale, channel, conversation, mood, true, tact);
  }

  /**
   * Reviews with this Tact (a tenant's packs, severities or escalation policy) instead of the shared
   * built-in one.
   *
   * <pre>{@code
   * private static final Tact ACME = Tact.builder().rulePacks(RulePack.read(path)).build();
   * assertThat(reply).withTact(ACME).hasNoFindings();
   * }</pre>
   */
  public ReplyAssert withTact(Tact tact) {
    return new ReplyAssert(text, locale, channel, conversation, mood, automated,
        Objects.requireNonNull(tact, "tact"));
  }

  // ---- findings -------------------------------------------------------------------------------

  /**
   * Asserts that Tact finds nothing at all in the reply, not even a suggestion.
   *
   * @throws AssertionFailedError listing every finding, with the reply marked where each is; its
   *     expected value is the reply and its actual value the reply with every finding marked
   */
  public ReplyAssert hasNoFindings() {
    ReviewedReply reply = review();
    if (!reply.findings().isEmpty()) {
      throw marked(Report.headline("Expected no findings, but found "
              + reply.findings().size() + ".")
          .reply(reply).findings("Findings", reply.findings(), text), reply.findings());
    }
    return this;
  }

  /**
   * Asserts that no finding is as severe as {@code threshold} or more; less severe ones are fine.
   *
   * <pre>{@code
   * assertThat(reply).hasNoFindingsAtLeast(Severity.WARNING);   // infos are allowed
   * }</pre>
   *
   * @throws AssertionFailedError listing those findings, and the others below them
   */
  public ReplyAssert hasNoFindingsAtLeast(Severity threshold) {
    Objects.requireNonNull(threshold, "threshold");
    ReviewedReply reply = review();
    List<Finding> severe = new ArrayList<>();
    List<Finding> others = new ArrayList<>();
    for (Finding finding : reply.findings()) {
      (finding.severity().isAtLeast(threshold) ? severe : others).add(finding);
    }
    if (!severe.isEmpty()) {
      String level = Report.name(threshold);
      Report report = Report.headline("Expected no findings of severity " + level
              + (threshold == Severity.ERROR ? "" : " or worse") + ", but found " + severe.size()
              + ".")
          .reply(reply).findings("Findings at " + level
              + (threshold == Severity.ERROR ? "" : " or worse"), severe, text);
      if (!others.isEmpty()) {
        report.findings("Other findings", others, text);
      }
      throw marked(report, severe);
    }
    return this;
  }

  /**
   * Asserts that the reply has at least one finding of the rule, and returns assertions on those
   * findings (where they are, how severe).
   *
   * <pre>{@code
   * assertThat("アプリを再起動するだけで直ります。").inLocale(Locale.JAPANESE)
   *     .hasFinding("tone.minimizing").at("再起動するだけで直ります");
   * }</pre>
   *
   * @param ruleId a rule the Tact knows, such as {@code tone.minimizing} or {@code
   *     privacy.personal-data}
   * @throws IllegalArgumentException if the Tact has no such rule (a misspelt id would make the
   *     assertion meaningless)
   * @throws AssertionFailedError listing the findings that were found instead
   */
  public FindingAssert hasFinding(String ruleId) {
    requireKnownRule(ruleId);
    ReviewedReply reply = review();
    List<Finding> found = reply.findingsOf(ruleId);
    if (found.isEmpty()) {
      throw new AssertionFailedError(Report.headline("Expected a " + ruleId
              + " finding, but found none.")
          .reply(reply).findings("Findings instead", reply.findings(), text).build());
    }
    return new FindingAssert(reply, ruleId, found);
  }

  /**
   * Asserts that the reply has no finding of the rule; other rules may find something.
   *
   * <pre>{@code
   * assertThat("Just to confirm: is it the blue one?").hasNoFinding("tone.minimizing");
   * }</pre>
   *
   * @throws IllegalArgumentException if the Tact has no such rule
   * @throws AssertionFailedError listing the rule's findings
   */
  public ReplyAssert hasNoFinding(String ruleId) {
    requireKnownRule(ruleId);
    ReviewedReply reply = review();
    List<Finding> found = reply.findingsOf(ruleId);
    if (!found.isEmpty()) {
      throw marked(Report.headline("Expected no " + ruleId + " finding, but found "
              + found.size() + ".")
          .reply(reply).findings("Findings of " + ruleId, found, text), found);
    }
    return this;
  }

  // ---- route ----------------------------------------------------------------------------------

  /**
   * Asserts that the reply may go out in public: nothing in it or in the conversation needs a DM.
   *
   * @throws AssertionFailedError with the reasons and the words that gave them
   */
  public ReplyAssert goesPublic() {
    ReviewedReply reply = review();
    Escalation escalation = reply.escalation();
    if (escalation.route() != Route.PUBLIC) {
      throw routeFailure("Expected the reply to go public, but Tact routes it private because of "
          + String.join(", ", names(sorted(escalation.reasons()))) + ".", reply, "PUBLIC");
    }
    return this;
  }

  /**
   * Asserts that the conversation should move to a DM, for whatever reason.
   *
   * @throws AssertionFailedError with the reply and the conversation
   */
  public ReplyAssert goesPrivate() {
    ReviewedReply reply = review();
    if (reply.escalation().route() != Route.PRIVATE) {
      throw routeFailure("Expected the reply to go private, but Tact routes it public: nothing in"
          + " the reply or the conversation needs a DM.", reply, "PRIVATE");
    }
    return this;
  }

  /**
   * Asserts that the conversation should move to a DM for exactly these reasons, in any order.
   *
   * <pre>{@code
   * assertThat("Could you DM us your order number?").goesPrivateBecause(Reason.ACCOUNT_DETAILS_NEEDED);
   * }</pre>
   *
   * @throws IllegalArgumentException if no reason is given (use {@link #goesPrivate()})
   * @throws AssertionFailedError with the reasons found and the words that gave them
   */
  public ReplyAssert goesPrivateBecause(Reason... reasons) {
    if (reasons.length == 0) {
      throw new IllegalArgumentException(
          "goesPrivateBecause needs at least one reason; to accept any reason, use goesPrivate()");
    }
    Set<Reason> expected = EnumSet.noneOf(Reason.class);
    for (Reason reason : reasons) {
      expected.add(Objects.requireNonNull(reason, "reason"));
    }
    ReviewedReply reply = review();
    Escalation escalation = reply.escalation();
    Set<Reason> actual = sorted(escalation.reasons());
    if (escalation.route() != Route.PRIVATE || !actual.equals(expected)) {
      String found = escalation.route() == Route.PRIVATE
          ? "private because of " + String.join(", ", names(actual))
          : "public";
      throw routeFailure("Expected the reply to go private because of "
          + String.join(", ", names(expected)) + ", but Tact routes it " + found + ".", reply,
          "PRIVATE " + names(expected));
    }
    return this;
  }

  // ---- length ---------------------------------------------------------------------------------

  /**
   * Asserts that the reply fits the channel's length limit, counted the channel's way (X/Twitter
   * weights CJK characters and emoji 2, SMS counts segments); a channel without a limit takes
   * anything.
   *
   * <pre>{@code
   * assertThat(bot.reply(order)).inLocale(Locale.JAPANESE).fitsOn(Channel.X_REPLY);
   * }</pre>
   *
   * @throws AssertionFailedError with the length, the limit and how far over it is
   */
  public ReplyAssert fitsOn(Channel channel) {
    Objects.requireNonNull(channel, "channel");
    TextLength.Measure measure = TextLength.of(channel).measure(text);
    if (!measure.fits()) {
      String unit = unit(channel.lengthCounting());
      throw new AssertionFailedError(Report.headline("Expected the reply to fit on " + channel.id()
              + " (at most " + measure.limit().orElseThrow() + " " + unit + "), but it has "
              + measure.length() + ": " + measure.over() + " too many.")
          .reply(review()).build());
    }
    return this;
  }

  @Override
  public String toString() {
    return "ReplyAssert{" + Marks.plain(text) + " (" + locale.toLanguageTag() + ", " + channel.id()
        + (mood == null ? "" : ", mood " + mood.key()) + (automated ? ", automated" : "") + ")}";
  }

  // ---- helpers --------------------------------------------------------------------------------

  private ReviewedReply review() {
    Tact reviewer = tact != null ? tact : BuiltInTact.get();
    return ReviewedReply.review(reviewer, new Draft(text, locale, channel, automated),
        conversation, mood);
  }

  private void requireKnownRule(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    if (ruleId.equals(EscalationPolicy.PERSONAL_DATA_RULE)) {
      return;
    }
    Tact reviewer = tact != null ? tact : BuiltInTact.get();
    Set<String> known = new TreeSet<>();
    for (RuleMetadata rule : reviewer.tone().rules()) {
      known.add(rule.id());
    }
    if (!known.contains(ruleId)) {
      known.add(EscalationPolicy.PERSONAL_DATA_RULE);
      throw new IllegalArgumentException("no rule '" + ruleId + "' in this Tact, so the assertion"
          + " could never tell anything; check the spelling. Its rules: "
          + String.join(", ", known));
    }
  }

  private AssertionFailedError marked(Report report, List<Finding> findings) {
    List<Span> spans = new ArrayList<>(findings.size());
    for (Finding finding : findings) {
      spans.add(finding.span());
    }
    return new AssertionFailedError(report.build(), Marks.plain(text), Marks.mark(text, spans));
  }

  private static AssertionFailedError routeFailure(String headline, ReviewedReply reply,
      String expected) {
    Report report = Report.headline(headline).reply(reply);
    if (!reply.conversation().messages().isEmpty()) {
      report.block("Conversation", reply.thread());
    }
    List<String> evidence = reply.evidence();
    if (!evidence.isEmpty()) {
      report.block("Evidence", evidence);
    }
    Escalation escalation = reply.escalation();
    String actual = escalation.route() == Route.PRIVATE
        ? "PRIVATE " + names(sorted(escalation.reasons()))
        : "PUBLIC";
    return new AssertionFailedError(report.build(), expected, actual);
  }

  private static Set<Reason> sorted(Collection<Reason> reasons) {
    Set<Reason> sorted = EnumSet.noneOf(Reason.class);
    sorted.addAll(reasons);
    return sorted;
  }

  private static List<String> names(Iterable<Reason> reasons) {
    List<String> names = new ArrayList<>();
    for (Reason reason : reasons) {
      names.add(reason.name());
    }
    return names;
  }

  private static String unit(LengthCounting counting) {
    switch (counting) {
      case X_WEIGHTED:
        return "weighted characters";
      case SMS_SEGMENTS:
        return "SMS segments";
      default:
        return "characters";
    }
  }
}
