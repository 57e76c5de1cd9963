package dev.tact.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.core.Channel;
import dev.tact.core.LengthCounting;
import dev.tact.i18n.TextLength.SmsEncoding;
import dev.tact.i18n.TextLength.SmsSegments;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TextLengthTest {
  private static final TextLength X = TextLength.of(Channel.X_REPLY);
  private static final TextLength SMS = TextLength.of(Channel.SMS);

  @Nested
  class OnX {
    @Test
  void xCountsAfterNfcSoOnePresentationFormCanCountThree() {
    // U+FB2C HEBREW LETTER SHIN WITH DAGESH AND SHIN DOT decomposes (NFC excludes it) into three
    // code points, each of weight 1 in the Hebrew range.
    assertEquals(3, TextLength.of(Channel.X_REPLY).length("\uFB2C"));
  }

  @Test
    void latinScriptsCountOnePerCharacter() {
      assertEquals(20, X.length("Thanks, we're on it!"));
      assertEquals(27, X.length("Vielen Dank für Ihre Geduld"));
      assertEquals(24, X.length("Merci, l'équipe arrive !"));
      assertEquals(25, X.length("¡Gracias por escribirnos!"));
      assertEquals(19, X.length("Obrigado pela ajuda"));
    }

    @Test
    void hebrewArabicAndCyrillicCountOnePerCharacter() {
      assertEquals(5, X.length("תודה!"));
      assertEquals(5, X.length("شكرًا"));
      assertEquals(7, X.length("Спасибо"));
    }

    @Test
    void japaneseChineseAndKoreanCountTwoPerCharacter() {
      assertEquals(38, X.length("ご不便をおかけして申し訳ございません。"));
      assertEquals(12, X.length("谢谢您的耐心"));
      assertEquals(10, X.length("감사합니다"));
    }

    @Test
    void a140CharacterJapaneseReplyFillsAPost() {
      String reply = "お".repeat(140);
      assertTrue(X.measure(reply).fits());
      assertEquals(0, X.measure(reply).remaining());
      assertEquals(2, X.measure(reply + "。").over());
    }

    @Test
    void anEmojiSequenceCountsTwoWhateverItsCodePoints() {
      assertEquals(2, X.length("👍🏾"));            // skin tone
      assertEquals(2, X.length("🇯🇵"));             // flag
      assertEquals(2, X.length("👩\u200D💻"));      // ZWJ sequence
      assertEquals(2, X.length("❤\uFE0F"));         // text-default emoji with VS16
      assertEquals(2, X.length("1\uFE0F\u20E3"));   // keycap
      assertEquals(4, X.length("🇯🇵🇧🇷"));
    }

    @Test
    void combiningMarksCountOneEachAfterComposition() {
      assertEquals(4, X.length("Jose\u0301"));      // composes to José
      assertEquals(2, X.length("e\u0301\u0302"));   // é composes; the circumflex stays a mark of weight 1
    }

    @Test
    void urlsCountTwentyThreeWhateverTheirLength() {
      assertEquals(39, X.length("Danke! Details: https://example.com/faq/123"));
      assertEquals(23 + 1 + 23, X.length("example.co.jp/ja/help?q=1 https://support.example.com/a/b/c/d/e/f/g"));
      assertEquals(12 + 23 + 1, X.length("Read this: (example.org/help)")); // the parentheses stay outside
    }

    @Test
    void whitespaceOnlyTextCountsZeroAsInTwitterText() {
      assertEquals(0, X.length(""));
      assertEquals(0, X.length(" \n\t "));
    }

    @Test
    void aChannelWithoutLimitAlwaysFits() {
      TextLength.Measure email = TextLength.of(Channel.EMAIL).measure("x".repeat(100_000));
      assertTrue(email.fits());
      assertEquals(OptionalInt.empty(), email.limit());
      assertEquals(100_000, email.length());
    }
  }

  @Nested
  class OnSms {
    @Test
    void gsmTextUpTo160SeptetsIsOneSegment() {
      SmsSegments sms = SMS.measure("a".repeat(160)).sms().orElseThrow();
      assertEquals(new SmsSegments(1, SmsEncoding.GSM_7, 160, 0), sms);
    }

    @Test
    void gsmTextOver160SeptetsSplitsIn153() {
      assertEquals(new SmsSegments(2, SmsEncoding.GSM_7, 161, 153 - 8),
          SMS.measure("a".repeat(161)).sms().orElseThrow());
      assertEquals(2, SMS.length("a".repeat(306)));
      assertEquals(3, SMS.length("a".repeat(307)));
    }

    @Test
    void extensionCharactersCostTwoSeptetsAndAreNeverSplit() {
      assertEquals(new SmsSegments(1, SmsEncoding.GSM_7, 9, 151), SMS.measure("5€ {x}").sms().orElseThrow());
      // 152 septets then '€': it does not fit in the last septet of the first segment.
      SmsSegments split = SMS.measure("a".repeat(152) + "€" + "a".repeat(10)).sms().orElseThrow();
      assertEquals(2, split.segments());
      assertEquals(153 - 12, split.unitsLeftInLastSegment());
    }

    @Test
    void accentedLatinInTheGsmAlphabetStaysGsm() {
      assertEquals(SmsEncoding.GSM_7, encoding("Votre colis arrive à 9h. Ça marche ?"));
      assertEquals(SmsEncoding.GSM_7, encoding("Ihre Bestellung ist unterwegs. Grüße"));
      assertEquals(SmsEncoding.GSM_7, encoding("¿Dónde está su pedido?".replace("ó", "o").replace("á", "a")));
    }

    @Test
    void anyOtherCharacterSwitchesToUcs2() {
      assertEquals(SmsEncoding.UCS_2, encoding("Ваш заказ отправлен"));
      assertEquals(SmsEncoding.UCS_2, encoding("ご注文は発送されました"));
      assertEquals(SmsEncoding.UCS_2, encoding("¿Dónde está su pedido?")); // ó and á are not GSM
      assertEquals(SmsEncoding.UCS_2, encoding("Obrigado 👍"));
      assertEquals(new SmsSegments(1, SmsEncoding.UCS_2, 70, 0), SMS.measure("あ".repeat(70)).sms().orElseThrow());
      assertEquals(new SmsSegments(2, SmsEncoding.UCS_2, 71, 63), SMS.measure("あ".repeat(71)).sms().orElseThrow());
    }

    @Test
    void aSurrogatePairIsNeverSplitAcrossSegments() {
      // 66 units, then an emoji of 2 units: it moves whole to the second segment.
      SmsSegments sms = SMS.measure("あ".repeat(66) + "😀" + "あ".repeat(10)).sms().orElseThrow();
      assertEquals(new SmsSegments(2, SmsEncoding.UCS_2, 78, 67 - 12), sms);
    }

    @Test
    void emptyTextTakesNoSegment() {
      assertEquals(new SmsSegments(0, SmsEncoding.GSM_7, 0, 160), SMS.measure("").sms().orElseThrow());
    }

    @Test
    void tenSegmentsIsTheChannelLimit() {
      assertTrue(SMS.measure("a".repeat(1530)).fits());
      assertFalse(SMS.measure("a".repeat(1531)).fits());
      assertEquals(1, SMS.measure("a".repeat(1531)).over());
    }

    private SmsEncoding encoding(String text) {
      return SMS.measure(text).sms().orElseThrow().encoding();
    }
  }

  @Nested
  class InCodePoints {
    private final TextLength codePoints = TextLength.of(LengthCounting.CODE_POINTS, 10);

    @Test
    void countsCodePointsNotUtf16Units() {
      assertEquals(8, codePoints.length("¡Hola! 👋"));
      assertEquals(7, codePoints.length("👨\u200D👩\u200D👧\u200D👦")); // 4 people and 3 joiners
      assertEquals(5, codePoints.length("ありがとう"));
    }

    @Test
    void measuresAgainstTheLimit() {
      assertEquals(2, codePoints.measure("Obrigado!!!!").over());
      assertTrue(codePoints.measure("Danke").fits());
      assertEquals(5, codePoints.measure("Danke").remaining());
      assertTrue(codePoints.measure("Danke").sms().isEmpty());
    }
  }

  @Test
  void aLimitMustBePositive() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TextLength.of(LengthCounting.CODE_POINTS, 0));
    assertTrue(e.getMessage().contains("must be positive"), e.getMessage());
  }

  @Test
  void takesCountingAndLimitFromTheChannel() {
    assertEquals(LengthCounting.X_WEIGHTED, X.counting());
    assertEquals(OptionalInt.of(280), X.limit());
    assertEquals(OptionalInt.of(10), SMS.limit());
    assertEquals("x_weighted ≤ 280", X.toString());
  }
}
