package dev.tact.cli;

import static dev.tact.cli.TactRun.tact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code tact demo} at Thursday 2026-11-26 19:30 UTC: Thanksgiving in Austin, evening in Europe,
 * afternoon in São Paulo; and two public posts, in English and Japanese, moving to a DM.
 */
class DemoTest {
  private static final String NOW = "2026-11-26T19:30:00Z";

  private static List<String> demo() {
    TactRun run = tact("", "demo", "--now", NOW);
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
    return run.lines();
  }

  @Test
  void showsEachBrandOpenOrClosedAndWhenThatChanges() {
    List<String> lines = demo();

    assertTrue(lines.contains("Voltline Electronics  CLOSED, opens in 4 h 30 min"), () -> String.join("\n", lines));
    assertTrue(lines.contains("Lumen Fashion         OPEN, closes in 1 h 30 min"), () -> String.join("\n", lines));
    assertTrue(lines.contains("Alpine Savings Bank   CLOSED, opens in 11 h 30 min"), () -> String.join("\n", lines));
  }

  @Test
  void showsEachTeamInItsOwnClockWithHolidays() {
    List<String> lines = demo();

    assertContainsLine(lines, "team      Tokyo      closed, opens Fri 09:00 JST   Mo-Fr 09:00-18:00; PH off");
    assertContainsLine(lines, "Austin     holiday, opens Mon 09:00 CST  Mo-Fr 09:00-18:00; PH off");
    assertContainsLine(lines, "São Paulo  open until Thu 18:00 BRT      Mo-Fr 09:00-18:00; Sa 09:00-13:00; Dec 24-26 off");
  }

  @Test
  void showsTheNextOpeningInEachCustomersClock() {
    List<String> lines = demo();

    assertContainsLine(lines, "customer  New York   Thu 14:30 EST                 opens Thu 19:00 EST");
    assertContainsLine(lines, "Paris      Thu 20:30 CET                 open now, until Thu 22:00 CET");
    assertContainsLine(lines, "Kolkata    Fri 01:00 IST                 opens Fri 12:30 IST");
  }

  @Test
  void showsAFirstResponseDeadlineInBusinessTime() {
    List<String> lines = demo();

    assertContainsLine(lines,
        "SLA  New York customer writes to Voltline Electronics now, first response within 4 business hours");
    assertContainsLine(lines, "     due by Thu 23:00 EST, in 8 h 30 min (Fri 2026-11-27 04:00 UTC)");
  }

  @Test
  void acknowledgesCustomersInTokyoBerlinAndSaoPauloInTheirLanguageAndClock() {
    List<String> lines = demo();
    int start = lines.indexOf("Acknowledgement: Lumen Fashion's automatic reply, sent at this instant"
        + " to customers in three cities (first response within 4 business hours)");
    assertTrue(start >= 0, () -> String.join("\n", lines));
    String section = String.join(" ", lines.subList(start, lines.indexOf(
        "Tone: draft replies as the reply composer marks them, before the agent sends")))
        .replaceAll("\\s+", " ");

    assertTrue(section.contains("Tokyo, ja-JP, Fri 04:30 JST"), section);
    assertTrue(section.contains("おはようございます。田中様、お問い合わせいただきありがとうございます。"), section);
    assertTrue(section.contains("今日 19:30（お客様の現地時間）までに担当者よりご返信いたします。"), section);
    assertTrue(section.contains("Berlin, de-DE, Thu 20:30 CET Guten Abend, Anna Schmidt."), section);
    assertTrue(section.contains("bis morgen um 11:30 (Ihre Ortszeit) bei Ihnen."), section);
    assertTrue(section.contains("São Paulo, pt-BR, Thu 16:30 BRT Boa tarde, João."), section);
    assertTrue(section.contains("até amanhã às 07:30 (seu horário local)."), section);
  }

  @Test
  void reviewsSampleDraftsWithTheOffendingWordsMarked() {
    List<String> lines = demo();
    List<String> section = lines.subList(lines.indexOf(
        "Tone: draft replies as the reply composer marks them, before the agent sends"), lines.size());

    assertContainsLine(section, "Voltline Electronics, x.reply (en), customer upset");
    assertContainsLine(section, "draft     Sorry about this, Sam. Please ⟦just restart⟧ the app and log in again.");
    assertTrue(section.stream().anyMatch(line -> line.strip().startsWith("error     tone.minimizing: ")),
        () -> String.join("\n", section));
    assertTrue(section.stream().anyMatch(line -> line.strip().startsWith("instead: ")),
        () -> String.join("\n", section));
    assertTrue(section.stream().anyMatch(line -> line.contains("(ja)")), "a Japanese draft");
    assertTrue(section.stream().anyMatch(line -> line.contains("⟦押すだけ")), () -> String.join("\n", section));
    assertContainsLine(section, "ok        no findings: ready to send");
  }

  @Test
  void movesAnEnglishPostWithAnEmailAddressToADmAndBlocksTheDraftThatRepeatsIt() {
    List<String> section = handoffs(0);
    String text = String.join("\n", section);

    assertContainsLine(section, "Voltline Electronics, x.reply (en), customer serious");
    assertContainsLine(section, "draft     Sorry for the wait, Sam! We found the order under ⟦sam.lee@example.com⟧"
        + " and are checking with the courier.");
    assertContainsLine(section, "route     PRIVATE: move to a DM");
    assertContainsLine(section, "reason    PERSONAL_DATA_IN_INBOUND  email in the customer's post");
    assertContainsLine(section, "reason    PERSONAL_DATA_IN_DRAFT  email in the draft");
    assertTrue(section.stream().anyMatch(line -> line.strip().startsWith("sender    CUSTOMER  specific detail ")
        && line.contains("\"last week\"")), text);
    assertTrue(section.stream().anyMatch(line -> line.strip().startsWith("blocking  privacy.personal-data: An e-mail")),
        text);
    assertTrue(section.stream().anyMatch(line -> line.strip().startsWith("masked: Sorry for the wait, Sam!")
        && !line.contains("sam.lee")), text);
    int handoff = indexOfStart(section, "handoff   Thank you, Sam.");
    assertTrue(handoff > 0, text);
    assertFalse(String.join(" ", section.subList(handoff, section.size())).contains("sam.lee@example.com"),
        "the handoff never repeats the personal data: " + text);
    assertTrue(section.stream().anyMatch(line -> line.strip().startsWith(
        "https://x.com/messages/compose?recipient_id=1187654321098765432&text=Hello%2C%20")), text);
  }

  @Test
  void movesAJapaneseAccountTakeoverToADmWithAHandoffInJapanese() {
    List<String> section = handoffs(1);
    String text = String.join("\n", section);

    assertContainsLine(section, "Voltline Electronics, x.reply (ja), customer serious");
    assertContainsLine(section, "route     PRIVATE: move to a DM");
    assertContainsLine(section, "reason    ACCOUNT_DETAILS_NEEDED  \"ご登録のメールアドレスを教えて\" in the draft");
    assertTrue(section.stream().anyMatch(line -> line.strip().startsWith("reason    SENSITIVE_TOPIC  account-security")
        && line.contains("\"乗っ取られ\"")), text);
    assertTrue(section.stream().anyMatch(line -> line.strip().startsWith("sender    CUSTOMER")), text);
    assertTrue(section.stream().noneMatch(line -> line.strip().startsWith("blocking")), "nothing leaks: " + text);
    int handoff = indexOfStart(section, "handoff   山田様、ご連絡ありがとうございます。");
    assertTrue(handoff > 0, text);
    String message = section.subList(handoff, section.size()).stream()
        .map(line -> line.strip().replaceFirst("^handoff\\s+", "")).reduce("", String::concat);
    assertTrue(message.contains("DMにてご連絡ください。"), message);
    assertTrue(section.get(section.size() - 1).strip().startsWith(
        "https://x.com/messages/compose?recipient_id=1187654321098765432&text=%E5"), text);
  }

  @Test
  void wrapsTheHandoffMessageWithinTheTerminalWidth() {
    for (int i = 0; i < 2; i++) {
      List<String> section = handoffs(i);
      int handoff = indexOfStart(section, "handoff   ");
      for (String line : section.subList(handoff, section.size() - 1)) {
        int columns = line.codePoints().map(c -> c >= 0x3000 ? 2 : 1).sum();
        assertTrue(columns <= 100, line);
      }
      assertTrue(section.size() - 1 - handoff >= 2, "the message takes more than one line");
    }
  }

  /** The lines of the escalation section's {@code n}th post. */
  private static List<String> handoffs(int n) {
    List<String> lines = demo();
    int start = lines.indexOf(
        "Escalation: public posts that should move to a DM, and the handoff reply the composer offers");
    assertTrue(start >= 0, () -> String.join("\n", lines));
    List<List<String>> posts = new ArrayList<>();
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.isEmpty()) {
        posts.add(new ArrayList<>());
      } else {
        posts.get(posts.size() - 1).add(line);
      }
    }
    assertEquals(2, posts.size(), () -> String.join("\n", lines));
    return posts.get(n);
  }

  private static int indexOfStart(List<String> lines, String prefix) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().startsWith(prefix)) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void withoutNowItReadsTheInjectedClock() {
    TactRun pinned = tact("", "demo", "--now", NOW);
    TactRun clocked = TactRun.tact(new byte[0], Clock.fixed(TactRun.NOW, ZoneOffset.UTC), "demo");

    assertEquals(NOW, TactRun.NOW.toString());
    assertEquals(pinned.out(), clocked.out());
  }

  @Test
  void isStableAndHasNoTrailingSpaces() {
    assertEquals(demo(), demo());
    assertTrue(demo().stream().noneMatch(line -> line.endsWith(" ")));
  }

  private static void assertContainsLine(List<String> lines, String expected) {
    assertTrue(lines.stream().anyMatch(line -> line.strip().equals(expected.strip())),
        () -> "expected the line\n" + expected + "\nin\n" + String.join("\n", lines));
  }
}
