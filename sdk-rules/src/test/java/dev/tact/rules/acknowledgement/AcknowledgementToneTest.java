package dev.tact.rules.acknowledgement;

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
import dev.tact.hours.BusinessClock;
import dev.tact.hours.SupportHours;
import dev.tact.i18n.Acknowledgement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tact's own automatic acknowledgement passes Tact's own tone review, as an automated reply to an
 * upset customer, in every language, formality and team state: it discloses that it is automatic
 * and offers a person (tone.bot-disclosure), acknowledges (tone.no-acknowledgement), and neither
 * minimizes nor promises what nobody can keep. To a customer whose name is unknown it is a canned
 * reply, and {@code tone.impersonal} says so (at INFO, its severity); nothing else is reported.
 */
class AcknowledgementToneTest {
  private static final Tact TACT = Tact.builder().build();
  private static final Acknowledgement ACK = Acknowledgement.builtIn();
  private static final BusinessClock TOKYO_TEAM = BusinessClock.of(
      SupportHours.parse("Mo-Fr 09:00-18:00", ZoneId.of("Asia/Tokyo")), Clock.systemUTC());
  private static final BusinessClock NEVER_OPEN = BusinessClock.of(
      SupportHours.parse("off", ZoneId.of("Asia/Tokyo")), Clock.systemUTC());

  private static final List<String> UPSET = List.of(
      "Third time asking!! My order STILL hasn't arrived and nobody answers 😡",
      "3回目の問い合わせです！！まだ届かないし、誰も返事をくれない。",
      "Zum dritten Mal!! Meine Bestellung ist IMMER NOCH nicht da!",
      "Troisième fois que j'écris !! Toujours rien reçu !",
      "¡¡Es la tercera vez que escribo!! ¡Mi pedido SIGUE sin llegar!",
      "Terceira vez que escrevo!! Meu pedido AINDA não chegou!");

  private static final String[] GIVEN = {"Jane", "由紀", "Anna", "Marie", "Lucía", "João"};
  private static final String[] FAMILY = {"Smith", "田中", "Schmidt", "Dupont", "García", "Silva"};

  static Stream<Object[]> acknowledgements() {
    List<Object[]> cases = new ArrayList<>();
    String[] tags = {"en", "ja", "de", "fr", "es", "pt-BR"};
    String[] zones = {"America/New_York", "Asia/Tokyo", "Europe/Berlin", "Europe/Paris",
        "Europe/Madrid", "America/Sao_Paulo"};
    Instant[] moments = {Instant.parse("2026-11-24T01:00:00Z"), Instant.parse("2026-11-27T20:00:00Z")};
    for (int i = 0; i < tags.length; i++) {
      Locale locale = Locale.forLanguageTag(tags[i]);
      for (Formality formality : Formality.values()) {
        for (boolean named : new boolean[] {true, false}) {
          Customer.Builder customer = Customer.builder().locale(locale).formality(formality)
              .zone(ZoneId.of(zones[i]));
          if (named) {
            customer.givenName(GIVEN[i]).familyName(FAMILY[i]);
          }
          for (Instant now : moments) {
            cases.add(new Object[] {tags[i], ACK.render(customer.build(), TOKYO_TEAM,
                Duration.ofHours(2), now), UPSET.get(i), named});
          }
          cases.add(new Object[] {tags[i], ACK.render(customer.build(), NEVER_OPEN,
              Duration.ofHours(2), moments[0]), UPSET.get(i), named});
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("acknowledgements")
  void theAcknowledgementHasNoToneFindings(String tag, String text, String inbound, boolean named) {
    Draft draft = Draft.automated(text, Locale.forLanguageTag(tag), Channel.X_DM);
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
