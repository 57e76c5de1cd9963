package dev.tact.examples.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the scripted session and checks what it prints: the expected output of the example. */
class ScriptedSessionTest {
  private static String english;
  private static String japanese;

  @BeforeAll
  static void runTheSession() {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      ScriptedSession.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String[] conversations = buffer.toString(StandardCharsets.UTF_8).split("\n\n", -1);
    assertEquals(2, conversations.length, "two conversations separated by a blank line");
    english = conversations[0];
    japanese = conversations[1];
  }

  @Test
  void englishPanelChangesAsJaneIsAnswered() {
    assertEquals("""
        ── Jane on X, Tue 24 Nov 08:05 their time: Third time asking!! The app crashes every time I open my cart since the update.
        auto-reply: Good morning, Jane. Thank you for your message; we have received it. This is an automatic reply: a team member will reply within 2 hours.
        keystroke 1:
          draft: S
          (1 more on the word being typed)
          route PUBLIC · send blocked
        keystroke 5:
          draft: Sorry
          route PUBLIC · send enabled
        keystroke 52:
          draft: Sorry about the crashes, Jane. Please just reinstall
          (1 more on the word being typed)
          route PUBLIC · send blocked
        keystroke 53:
          draft: Sorry about the crashes, Jane. Please ⟦just reinstall⟧\s
          error tone.minimizing at "just reinstall" → try "Could you try …"
          route PUBLIC · send blocked
        keystroke 108:
          draft: Sorry about the crashes, Jane. Please ⟦just reinstall⟧ the app. If it still crashes, send us your order number
          error tone.minimizing at "just reinstall" → try "Could you try …"
          route PRIVATE [ACCOUNT_DETAILS_NEEDED] · send blocked
          offer instead:
            Thank you, Jane. To look into this, we need a few details from your account, and those are best kept private. Please send us a DM and a team member will take it from there.
            https://x.com/messages/compose?recipient_id=783214&text=Hello%2C%20I%27m%20writing%20about%20my%20earlier%20message%2E
        the agent sends the handoff:
          Thank you, Jane. To look into this, we need a few details from your account, and those are best kept private. Please send us a DM and a team member will take it from there.
          https://x.com/messages/compose?recipient_id=783214&text=Hello%2C%20I%27m%20writing%20about%20my%20earlier%20message%2E""",
        english);
  }

  @Test
  void japaneseAcknowledgementIsInYukisClockWhileDublinSleeps() {
    // 23:40 in Dublin is 08:40 on Wednesday in Tokyo; Dublin opens at 09:00 = 18:00 in Tokyo.
    assertTrue(japanese.startsWith("""
        ── 由紀 on X, Wed 25 Nov 08:40 their time: 何度も問い合わせているのに返事がありません！注文ACME-104233がまだ届かない
        auto-reply: おはようございます。田中様、お問い合わせいただきありがとうございます。メッセージを受け付けました。こちらは自動返信です。\
        ただいま営業時間外のため、今日 18:00（お客様の現地時間）より対応を再開いたします。今日 20:00（お客様の現地時間）までに担当者よりご返信いたします。
        """), japanese);
  }

  @Test
  void japanesePostWithAnOrderNumberIsPrivateFromTheFirstKeystroke() {
    assertTrue(japanese.contains("""
        keystroke 1:
          draft: ご
          (1 more on the word being typed)
          route PRIVATE [PERSONAL_DATA_IN_INBOUND] · send blocked
          offer instead:
            田中様、ご連絡ありがとうございます。投稿に個人情報が含まれているため、情報保護のために投稿の削除をおすすめいたします。\
        お手数ですがDMにてご連絡ください。担当者よりご案内いたします。
            https://x.com/messages/compose?recipient_id=783214&text=%E5%85%88%E3%81%BB%E3%81%A9%E3%81%AE%E6%8A%95%E7%A8%BF\
        %E3%81%AE%E4%BB%B6%E3%81%A7%E3%81%94%E9%80%A3%E7%B5%A1%E3%81%97%E3%81%BE%E3%81%97%E3%81%9F%E3%80%82
        keystroke 3:
          draft: ご不便
          route PRIVATE [PERSONAL_DATA_IN_INBOUND] · send enabled
          offer instead: the handoff above
        """), japanese);
  }

  @Test
  void japaneseOrderNumberInTheDraftIsMarkedOnceTypedAndBlocksSending() {
    assertTrue(japanese.contains("""
        keystroke 29:
          draft: ご不便をおかけしております。ご注文⟦ACME-104233⟧は
          error privacy.personal-data at "ACME-104233" → try "Leave it out and move the conversation to a DM"
          personal data in a public reply; without it: ご不便をおかけしております。ご注文•••••••••••は
          route PRIVATE [PERSONAL_DATA_IN_INBOUND, PERSONAL_DATA_IN_DRAFT] · send blocked
        """), japanese);
  }

  @Test
  void japaneseMinimizingIsMarkedWithTheBestSuggestion() {
    List<String> lines = japanese.lines().toList();
    assertTrue(lines.contains("  error tone.minimizing at \"確認するだけで大丈夫\""
        + " → try \"「〜をお試しいただけますでしょうか」\""), japanese);
    assertTrue(japanese.endsWith("the agent sends the handoff:\n  田中様、ご連絡ありがとうございます。"
        + "投稿に個人情報が含まれているため、情報保護のために投稿の削除をおすすめいたします。"
        + "お手数ですがDMにてご連絡ください。担当者よりご案内いたします。\n"
        + "  https://x.com/messages/compose?recipient_id=783214&text=%E5%85%88%E3%81%BB%E3%81%A9"
        + "%E3%81%AE%E6%8A%95%E7%A8%BF%E3%81%AE%E4%BB%B6%E3%81%A7%E3%81%94%E9%80%A3%E7%B5%A1"
        + "%E3%81%97%E3%81%BE%E3%81%97%E3%81%9F%E3%80%82\n"), japanese);
  }
}
