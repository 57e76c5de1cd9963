package dev.tact.rules.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tact.Tact;
import dev.tact.core.Channel;
import dev.tact.core.Conversation;
import dev.tact.core.Customer;
import dev.tact.core.Draft;
import dev.tact.core.Finding;
import dev.tact.core.Formality;
import dev.tact.core.Message;
import dev.tact.core.Severity;
import dev.tact.i18n.DmLinks;
import dev.tact.i18n.Handoff;
import dev.tact.i18n.HandoffReason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tact's own handoff to a private message passes Tact's own tone review, as a public X reply (with
 * its DM link) to an upset customer, in every language, reason and formality: no minimizing, no
 * blame, no over-apology, no push to phone or e-mail, and a way forward. To a customer whose name
 * is unknown the message is a canned reply, and {@code tone.impersonal} may say so (at INFO, its
 * severity); nothing else is reported.
 */
class HandoffToneTest {
  private static final Tact TACT = Tact.builder().build();
  private static final Handoff HANDOFF = Handoff.builder()
      .links(DmLinks.builder().x("783214").build()).build();
  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

  private static final List<String> UPSET = List.of(
      "Third time asking!! My order STILL hasn't arrived and nobody answers 😡",
      "3回目の問い合わせです！！まだ届かないし、誰も返事をくれない。",
      "Zum dritten Mal!! Meine Bestellung ist IMMER NOCH nicht da!",
      "Troisième fois que j'écris !! Toujours rien reçu !",
      "¡¡Es la tercera vez que escribo!! ¡Mi pedido SIGUE sin llegar!",
      "Terceira vez que escrevo!! Meu pedido AINDA não chegou!");
  private static final String[] TAGS = {"en", "ja", "de", "fr", "es", "pt-BR"};
  private static final String[] GIVEN = {"Jane", "由紀", "Anna", "Marie", "Lucía", "João"};
  private static final String[] FAMILY = {"Smith", "田中", "Schmidt", "Dupont", "García", "Silva"};

  static Stream<Object[]> handoffs() {
    List<Object[]> cases = new ArrayList<>();
    List<Set<HandoffReason>> reasons = new ArrayList<>();
    reasons.add(Set.of());
    for (HandoffReason reason : HandoffReason.values()) {
      reasons.add(Set.of(reason));
    }
    for (int i = 0; i < TAGS.length; i++) {
      for (Formality formality : Formality.values()) {
        for (boolean named : new boolean[] {true, false}) {
          Customer.Builder customer = Customer.builder().locale(Locale.forLanguageTag(TAGS[i]))
              .formality(formality);
          if (named) {
            customer.givenName(GIVEN[i]).familyName(FAMILY[i]);
          }
          for (Set<HandoffReason> reason : reasons) {
            cases.add(new Object[] {TAGS[i], HANDOFF.reply(customer.build(), reason,
                Channel.X_REPLY, NOW).text(), UPSET.get(i), named});
          }
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("handoffs")
  void theHandoffHasNoToneFindings(String tag, String text, String inbound, boolean named) {
    Draft draft = new Draft(text, Locale.forLanguageTag(tag), Channel.X_REPLY);
    List<String> findings = TACT.review(draft, Conversation.of(Message.fromCustomer(inbound)))
        .findings().stream()
        .filter(finding -> named || !isCannedReplyNotice(finding))
        .map(finding -> finding.ruleId() + " at '"
            + text.substring(finding.span().start(), finding.span().end()) + "'")
        .toList();
    assertEquals(List.of(), findings);
  }

  private static boolean isCannedReplyNotice(Finding finding) {
    return finding.ruleId().equals("tone.impersonal") && finding.severity() == Severity.INFO;
  }
}
