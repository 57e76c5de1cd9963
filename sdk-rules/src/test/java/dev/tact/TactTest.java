package dev.tact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.core.Channel;
import dev.tact.core.Conversation;
import dev.tact.core.Draft;
import dev.tact.core.Finding;
import dev.tact.core.Message;
import dev.tact.core.Severity;
import dev.tact.rules.Mood;
import dev.tact.rules.RulePack;
import dev.tact.rules.RulePackException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TactTest {
  private static final Tact TACT = Tact.builder().build();
  private static final Draft JUST_TAP =
      new Draft("Sorry about that! Just tap Settings > Account and choose Restore.", Locale.ENGLISH, Channel.X_REPLY);

  @Test
  void matchCustomerRegisterIsAnOptionOfTheTenant() {
    Draft draft = new Draft(
        "Merci pour votre message, vous recevrez un e-mail.", Locale.FRENCH, Channel.X_REPLY);
    Conversation conversation =
        Conversation.of(Message.fromCustomer("salut, tu peux m'aider ? ma box marche plus"));
    List<Finding> findings = Tact.builder().matchCustomerRegister(true).build()
        .review(draft, conversation).findings().stream()
        .filter(f -> f.ruleId().equals("tone.register-mix")).toList();
    assertEquals(List.of("votre", "vous"), findings.stream().map(f -> f.span().in(draft.text())).toList());
    assertEquals("Le client tutoie : répondre en tutoyant, pas en vouvoyant",
        findings.get(0).message());
    assertTrue(TACT.review(draft, conversation).findings().stream()
        .noneMatch(f -> f.ruleId().equals("tone.register-mix")));
  }

  @Test
  void reviewsADraftAgainstTheCustomersMood() {
    Review review = TACT.review(JUST_TAP,
        Conversation.of(Message.fromCustomer("This is the third time I'm asking!! Still broken")));
    assertEquals(Mood.UPSET, review.mood());
    Finding finding = review.findings().stream()
        .filter(f -> f.ruleId().equals("tone.minimizing")).findFirst().orElseThrow();
    assertEquals("Just tap", finding.span().in(JUST_TAP.text()));
    assertEquals(Severity.ERROR, finding.severity());
    assertFalse(finding.suggestions().isEmpty());
    assertTrue(review.hasFindingsAtLeast(Severity.ERROR));
    assertFalse(review.isClean());
  }

  @Test
  void aCleanDraftHasACleanReview() {
    Review review = TACT.review(
        new Draft("Thanks for waiting, Sam. Your refund went out today.", Locale.ENGLISH, Channel.X_REPLY),
        Conversation.empty());
    assertTrue(review.isClean(), review.toString());
    assertEquals(Mood.UNKNOWN, review.mood());
    assertFalse(review.hasFindingsAtLeast(Severity.INFO));
    assertEquals(review, TACT.review(
        new Draft("Thanks for waiting, Sam. Your refund went out today.", Locale.ENGLISH, Channel.X_REPLY),
        Conversation.empty()));
  }

  @Test
  void vendorPacksDisableAndSeverityGoThroughTheFacade() {
    RulePack acme = RulePack.parse("""
        packs:
          - language: en
            rule: tone.minimizing
            phrases:
              - id: acme-restore
                patterns: ["choose restore"]
        """, "acme.yaml");
    Tact custom = Tact.builder().rulePacks(acme).severity("tone.minimizing", Severity.INFO).build();
    List<Finding> findings = custom.review(JUST_TAP, Conversation.empty()).findings();
    assertEquals(List.of("Just tap", "choose Restore"),
        findings.stream().filter(f -> f.ruleId().equals("tone.minimizing"))
            .map(f -> f.span().in(JUST_TAP.text())).toList());
    assertTrue(findings.stream().allMatch(f -> f.severity() == Severity.INFO || !f.isIn("tone")));
    Tact quiet = Tact.builder().disable("tone.minimizing").build();
    assertTrue(quiet.review(JUST_TAP, Conversation.empty()).findings().stream()
        .noneMatch(f -> f.ruleId().equals("tone.minimizing")));
  }

  @Test
  void withoutBuiltInsOnlyTheTenantsRulesApply() {
    Tact bare = Tact.builder().withoutBuiltInPacks().build();
    assertTrue(bare.review(JUST_TAP, Conversation.empty()).isClean());
    assertTrue(bare.tone().rules().isEmpty());
    assertThrows(RulePackException.class, () -> Tact.builder().withoutBuiltInPacks().disable("tone.idiom").build());
  }

  @Test
  void languagesWithoutPacksGetNoPhraseFindings() {
    Review review = TACT.review(new Draft("Just tap Settings", Locale.forLanguageTag("nl"), Channel.X_REPLY),
        Conversation.empty());
    assertTrue(review.isClean(), review.toString());
  }

  @Test
  void japaneseDraftsAreReviewedToo() {
    Draft draft = new Draft("アプリを再起動するだけでいいので、お試しください。", Locale.JAPAN, Channel.X_REPLY);
    Review review = TACT.review(draft, Conversation.of(Message.fromCustomer("何度も問い合わせています！！")));
    assertEquals(Mood.UPSET, review.mood());
    assertTrue(review.findings().stream().anyMatch(f -> f.ruleId().equals("tone.minimizing")), review.toString());
  }
}
