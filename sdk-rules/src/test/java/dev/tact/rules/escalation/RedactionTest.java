package dev.tact.rules.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tact.core.Span;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RedactionTest {
  @Test
  void masksEveryUnitOfEverySpanButKeepsSpacesAndLength() {
    String text = "Card 4111 1111 1111 1111, mail ana@example.com";
    List<PersonalData> found = PersonalDataDetector.defaults().find(text, Locale.ENGLISH);
    String redacted = PersonalDataDetector.redact(text, found);
    assertEquals("Card •••• •••• •••• ••••, mail •••••••••••••••", redacted);
    assertEquals(text.length(), redacted.length());
  }

  @Test
  void masksASurrogatePairAsTwoUnitsSoOtherSpansStayValid() {
    String text = "pw: 𝟘abc123 and code 4839";
    List<PersonalData> found = List.of(
        new PersonalData(PersonalDataKind.CREDENTIAL, new Span(4, 12)),
        new PersonalData(PersonalDataKind.CREDENTIAL, new Span(22, 26)));
    assertEquals("pw: •••••••• and code ••••", PersonalDataDetector.redact(text, found));
  }

  @Test
  void redactsJapaneseFullWidthValues() {
    String text = "認証コード：４８３９２０、電話は０９０-１２３４-５６７８";
    List<PersonalData> found = PersonalDataDetector.defaults().find(text, Locale.JAPANESE);
    assertEquals("認証コード：••••••、電話は•••••••••••••", PersonalDataDetector.redact(text, found));
  }

  @Test
  void refusesSpansOutsideTheText() {
    IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> PersonalDataDetector.redact(
        "short", List.of(new PersonalData(PersonalDataKind.EMAIL, new Span(2, 9)))));
    assertEquals("the EMAIL span [2, 9) does not fit a text of length 5; redact the text the data was found in",
        e.getMessage());
  }
}
