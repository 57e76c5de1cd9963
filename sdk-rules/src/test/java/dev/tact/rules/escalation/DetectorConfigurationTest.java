package dev.tact.rules.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DetectorConfigurationTest {
  private static final String MIXED = "order #A-1042, call 090-1234-5678, mail a@example.com, case CS-123456";

  @Test
  void onlyTheChosenKindsAreLookedFor() {
    PersonalDataDetector phonesOnly = PersonalDataDetector.builder().kinds(Set.of(PersonalDataKind.PHONE)).build();
    assertEquals(List.of("PHONE 090-1234-5678"), DetectedText.in(phonesOnly, MIXED, Locale.JAPANESE));
    assertEquals(EnumSet.of(PersonalDataKind.PHONE), phonesOnly.kinds());
    PersonalDataDetector nothing = PersonalDataDetector.builder().kinds(Set.of()).build();
    assertEquals(List.of(), DetectedText.in(nothing, MIXED, Locale.JAPANESE));
  }

  @Test
  void tenantPatternsAndLabelsFindTheTenantsOwnNumbers() {
    PersonalDataDetector tenant = PersonalDataDetector.builder()
        .orderNumberPattern("CS-\\d{6}")
        .orderNumberPattern("Vorgang (V\\d{4})")
        .orderNumberLabel("Kundenfall")
        .build();
    assertEquals(List.of("ORDER_NUMBER CS-123456"), DetectedText.in(tenant, "about CS-123456 again", Locale.ENGLISH));
    assertEquals(List.of("ORDER_NUMBER ＣＳ－１２３４５６"), DetectedText.in(tenant, "件名ＣＳ－１２３４５６", Locale.JAPANESE));
    assertEquals(List.of("ORDER_NUMBER V1234"), DetectedText.in(tenant, "Vorgang V1234 offen", Locale.GERMAN));
    assertEquals(List.of("ORDER_NUMBER 77-12"), DetectedText.in(tenant, "Kundenfall 77-12", Locale.GERMAN));
  }

  @Test
  void badConfigurationIsRefusedWithWhatToWrite() {
    IllegalArgumentException pattern = assertThrows(IllegalArgumentException.class,
        () -> PersonalDataDetector.builder().orderNumberPattern("(CS-\\d{6}"));
    assertEquals("order number pattern '(CS-\\d{6}' is not valid RE2 syntax: missing closing );"
        + " write it in RE2 syntax (no backreferences or lookaround)", pattern.getMessage());
    IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
        () -> PersonalDataDetector.builder().orderNumberPattern("\\d*"));
    assertEquals("order number pattern '\\d*' matches the empty text; make it require at least one character,"
        + " e.g. '\\d+' instead of '\\d*'", empty.getMessage());
    IllegalArgumentException region = assertThrows(IllegalArgumentException.class,
        () -> PersonalDataDetector.builder().region("Japan"));
    assertEquals("region 'Japan' is not an ISO 3166 alpha-2 code; write two letters such as \"JP\", \"US\" or \"DE\"",
        region.getMessage());
    assertThrows(IllegalArgumentException.class, () -> PersonalDataDetector.builder().orderNumberLabel("  "));
  }

  @Test
  void defaultsAreOneSharedDetectorWithEveryKind() {
    assertSame(PersonalDataDetector.defaults(), PersonalDataDetector.defaults());
    assertEquals(EnumSet.allOf(PersonalDataKind.class), PersonalDataDetector.defaults().kinds());
  }

  @Test
  void overlappingFindingsKeepTheMoreSpecificKind() {
    assertEquals(List.of("ORDER_NUMBER 5180735251790"),
        DetectedText.in("no attempt to deliver, tracking 5180735251790", Locale.ENGLISH));
    assertEquals(List.of("ORDER_NUMBER 03-1234-5678"), DetectedText.in("ticket no 03-1234-5678", Locale.JAPANESE));
    assertEquals(List.of("EMAIL 4111111111111111@example.com"),
        DetectedText.in("4111111111111111@example.com", Locale.ENGLISH));
  }

  @Test
  void findsNothingButEmailAddressesInsideWebAddresses() {
    assertEquals(List.of("EMAIL help@example.com"), DetectedText.in(
        "see https://web.archive.org/web/20191213044137/https://x.example/?tel=4155550100&mail=help@example.com"
            + " and www.example.com/order/4111111111111111", Locale.ENGLISH));
    assertEquals(List.of("PHONE 415-555-0100"), DetectedText.in(
        "https://t.co/fJnZYmbI9N call 415-555-0100", Locale.ENGLISH));
  }
}
