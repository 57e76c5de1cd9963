package dev.tact.rules.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.core.Channel;
import dev.tact.core.Conversation;
import dev.tact.core.Draft;
import dev.tact.core.Message;
import dev.tact.rules.RulePackException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A tenant's escalation configuration: what it sets, and every mistake named at its line and column. */
class EscalationConfigTest {
  private static final String ACME = """
      threadThreshold: 2
      topics: [billing-refunds, legal, loyalty-points]
      personalData: [email, order-number]
      phoneRegion: DE
      orderNumberPatterns: ["ACME-[0-9]{6}"]
      phrases:
        en:
          topics:
            loyalty-points: ["(my|lost|missing) (points|miles)"]
          privateRequest: ["(can|could) (i|we) call you"]
        de:
          accountRequest: ["(nenn|nennt) uns (deine|eure) acme-nummer"]
      """;

  private static RulePackException problem(String text, String source) {
    return assertThrows(RulePackException.class, () -> EscalationConfig.parse(text, source));
  }

  @Test
  void aConfigurationSetsWhatItNames() {
    EscalationConfig config = EscalationConfig.parse(ACME, "acme.yaml");
    assertEquals(2, config.threadThreshold().orElseThrow());
    assertEquals(Set.of("billing-refunds", "legal", "loyalty-points"), config.topics().orElseThrow());
    assertEquals(EnumSet.of(PersonalDataKind.EMAIL, PersonalDataKind.ORDER_NUMBER), config.personalData().orElseThrow());
    assertEquals("DE", config.phoneRegion().orElseThrow());
    assertEquals(List.of("ACME-[0-9]{6}"), config.orderNumberPatterns());
    assertEquals(Set.of("loyalty-points"), config.ownTopics());

    EscalationPolicy policy = EscalationPolicy.builder().config(config).build();
    assertEquals(2, policy.threadThreshold());
    assertEquals(Set.of("billing-refunds", "legal", "loyalty-points"), policy.topics());
    Escalation points = policy.decide(new Draft("Let us check.", Locale.ENGLISH, Channel.X_REPLY),
        Conversation.of(Message.fromCustomer("I lost my points after the update, could I call you?")));
    assertEquals(List.of(Reason.SENSITIVE_TOPIC, Reason.CUSTOMER_ASKED_PRIVATE), points.reasons());
    assertTrue(points.signals().stream().anyMatch(s -> "loyalty-points".equals(s.topic())));
    Escalation hacked = policy.decide(new Draft("Let us check.", Locale.ENGLISH, Channel.X_REPLY),
        Conversation.of(Message.fromCustomer("my account was hacked")));
    assertEquals(List.of(), hacked.reasons(), "account-security is not among the tenant's topics");
    Escalation german = policy.decide(new Draft("Nenn uns deine ACME-Nummer!", Locale.GERMAN, Channel.X_REPLY),
        Conversation.empty());
    assertEquals(List.of(Reason.ACCOUNT_DETAILS_NEEDED), german.reasons());
  }

  @Test
  void jsonWorksToo() {
    EscalationConfig config = EscalationConfig.parse(
        "{\"threadThreshold\": 5, \"topics\": [], \"personalData\": []}", "acme.json");
    EscalationPolicy policy = EscalationPolicy.builder().config(config).build();
    assertEquals(5, policy.threadThreshold());
    assertEquals(Set.of(), policy.topics());
    assertEquals(Set.of(), policy.personalDataKinds());
  }

  @Test
  void anEmptyMappingKeepsTheDefaults() {
    EscalationConfig config = EscalationConfig.parse("{}", "empty.json");
    assertTrue(config.threadThreshold().isEmpty());
    assertTrue(config.topics().isEmpty());
    assertEquals(3, EscalationPolicy.builder().config(config).build().threadThreshold());
  }

  @Test
  void anUnknownKeyIsNamedWithAGuess() {
    RulePackException e = problem("threadTreshold: 2\n", "acme.yaml");
    assertEquals("acme.yaml", e.problems().get(0).source());
    assertEquals(1, e.problems().get(0).line());
    assertEquals(1, e.problems().get(0).column());
    assertTrue(e.getMessage().contains("did you mean 'threadThreshold'"), e.getMessage());
  }

  @Test
  void badValuesAreNamedAtTheirPositions() {
    RulePackException e = problem("""
        threadThreshold: 0
        topics: [billing, legal]
        personalData: [email, passport]
        phoneRegion: Germany
        orderNumberPatterns: ["ACME-(", "x*"]
        """, "acme.yaml");
    List<RulePackException.Problem> problems = e.problems();
    assertEquals(6, problems.size(), e.getMessage());
    assertPosition(problems, 1, 18, "'threadThreshold' is a whole number from 1 to 1000");
    assertPosition(problems, 2, 10, "unknown topic 'billing'");
    assertPosition(problems, 3, 23, "unknown kind of personal data 'passport'");
    assertPosition(problems, 4, 14, "'phoneRegion' is an ISO 3166 region code");
    assertPosition(problems, 5, 23, "is not an RE2 regular expression");
    assertPosition(problems, 5, 33, "matches the empty text");
  }

  @Test
  void badPhrasesAreNamedAtTheCharacter() {
    RulePackException e = problem("""
        phrases:
          en:
            privateRequest: ["(dm|pm me"]
            insults: [idiots]
          EN:
            question: [why]
        """, "acme.yaml");
    List<RulePackException.Problem> problems = e.problems();
    assertEquals(3, problems.size(), e.getMessage());
    assertPosition(problems, 3, 23, "'(' is never closed");
    assertPosition(problems, 4, 5, "unknown list 'insults' (did you mean 'insult'?)");
    assertPosition(problems, 5, 3, "'EN' is not an ISO 639 language code");
  }

  @Test
  void aTopicWithoutPhrasesCannotBeEnabled() {
    RulePackException e = problem("topics: [loyalty-points]\n", "acme.yaml");
    assertPosition(e.problems(), 1, 10, "define its phrases under 'phrases.<language>.topics'");
  }

  @Test
  void malformedYamlIsNamedToo() {
    RulePackException e = problem("topics: [legal\n", "acme.yaml");
    assertEquals("acme.yaml", e.problems().get(0).source());
    assertTrue(e.getMessage().contains("not well-formed YAML"), e.getMessage());
    RulePackException list = problem("- legal\n", "acme.yaml");
    assertTrue(list.getMessage().contains("an escalation configuration is a mapping"), list.getMessage());
  }

  private static void assertPosition(List<RulePackException.Problem> problems, int line, int column, String text) {
    for (RulePackException.Problem problem : problems) {
      if (problem.message().contains(text)) {
        assertEquals(line + ":" + column, problem.line() + ":" + problem.column(), problem.toString());
        return;
      }
    }
    throw new AssertionError("no problem says '" + text + "': " + problems);
  }
}
