package dev.tact.cli.internal;

import dev.tact.core.Channel;
import dev.tact.core.Customer;
import dev.tact.core.Draft;
import dev.tact.hours.HolidayCalendar;
import dev.tact.hours.SupportHours;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The brands and customers {@code tact demo} shows: follow-the-sun teams with public holidays,
 * Saturday hours and Christmas closures, and a single-zone bank with a weekly meeting; the
 * draft replies their agents are about to send; and public posts that should move to a DM.
 */
final class SampleData {
  private SampleData() {}

  /** Three brands, from the widest coverage to the narrowest. */
  static List<SampleBrand> brands() {
    return List.of(
        new SampleBrand("Voltline Electronics", List.of(
            team("Tokyo", "Asia/Tokyo", "Mo-Fr 09:00-18:00; PH off",
                "2026-11-23", "2026-12-31", "2027-01-01", "2027-01-11"),
            team("Dublin", "Europe/Dublin", "Mo-Fr 09:00-18:00; PH off",
                "2026-12-25", "2026-12-28", "2027-01-01"),
            team("Austin", "America/Chicago", "Mo-Fr 09:00-18:00; PH off",
                "2026-11-26", "2026-11-27", "2026-12-24", "2026-12-25", "2027-01-01"))),
        new SampleBrand("Lumen Fashion", List.of(
            team("Berlin", "Europe/Berlin", "Mo-Fr 09:00-18:00; Sa 10:00-14:00; Dec 24-26 off"),
            team("São Paulo", "America/Sao_Paulo", "Mo-Fr 09:00-18:00; Sa 09:00-13:00; Dec 24-26 off"))),
        new SampleBrand("Alpine Savings Bank", List.of(
            team("Zurich", "Europe/Zurich", "Mo-Fr 08:00-18:00; We 12:00-13:00 off; PH off",
                "2026-12-25", "2026-12-26", "2027-01-01", "2027-01-02"))));
  }

  /** Three customers around the world. */
  static List<SampleCustomer> customers() {
    return List.of(
        new SampleCustomer("New York", ZoneId.of("America/New_York")),
        new SampleCustomer("Paris", ZoneId.of("Europe/Paris")),
        new SampleCustomer("Kolkata", ZoneId.of("Asia/Kolkata")));
  }

  /**
   * A customer who has just written in, with the city shown to the agent.
   *
   * @param city where the customer is
   * @param customer their name, language and zone
   */
  record Writer(String city, Customer customer) {}

  /** Three customers writing in at the same instant, for the acknowledgement. */
  static List<Writer> writers() {
    return List.of(
        new Writer("Tokyo", Customer.builder().familyName("田中").givenName("由紀")
            .locale(Locale.JAPAN).zone(ZoneId.of("Asia/Tokyo")).build()),
        new Writer("Berlin", Customer.builder().givenName("Anna").familyName("Schmidt")
            .locale(Locale.GERMANY).zone(ZoneId.of("Europe/Berlin")).build()),
        new Writer("São Paulo", Customer.builder().givenName("João").familyName("Silva")
            .locale(Locale.forLanguageTag("pt-BR")).zone(ZoneId.of("America/Sao_Paulo")).build()));
  }

  /**
   * Four drafts, as agents type them: "just restart" to an upset customer, in English and in
   * Japanese; a reply that blames the customer; and a clean reply.
   */
  static List<SampleDraft> drafts() {
    return List.of(
        new SampleDraft("Voltline Electronics",
            "Third time asking!! The app still crashes when I log in 😡",
            new Draft("Sorry about this, Sam. Please just restart the app and log in again.",
                Locale.ENGLISH, Channel.X_REPLY)),
        new SampleDraft("Voltline Electronics",
            "何度もログインしているのに、まだエラーが出ます！",
            new Draft("山田様、ご不便をおかけしております。設定画面で「同期」を押すだけで簡単に直ります。",
                Locale.JAPANESE, Channel.X_REPLY)),
        new SampleDraft("Alpine Savings Bank",
            "I still can't log in to online banking",
            new Draft("As I said before, Alex, you must have entered the wrong password.",
                Locale.ENGLISH, Channel.X_DM)),
        new SampleDraft("Lumen Fashion",
            "My parcel is late, order #4411. Can you check?",
            new Draft("Sorry for the wait, Dana. Your parcel left our warehouse this morning;"
                + " tracking updates by 6 pm.", Locale.ENGLISH, Channel.INSTAGRAM_DM)));
  }

  /** The brand's X account, where the handoff's DM link opens a private message. */
  static final String VOLTLINE_X_ACCOUNT = "1187654321098765432";

  /**
   * Two public posts to Voltline Electronics on X that should move to a DM: an English customer who
   * posts their e-mail address, answered by a draft that repeats it (blocking); and a Japanese
   * customer whose account was taken over, answered by a draft that asks for the registered e-mail
   * address in public.
   */
  static List<SampleHandoff> handoffs() {
    return List.of(
        new SampleHandoff(new SampleDraft("Voltline Electronics",
            "Ordered headphones last week and still nothing. I'm sam.lee@example.com, can someone check??",
            new Draft("Sorry for the wait, Sam! We found the order under sam.lee@example.com and are"
                + " checking with the courier.", Locale.ENGLISH, Channel.X_REPLY)),
            Customer.builder().givenName("Sam").familyName("Lee")
                .locale(Locale.US).zone(ZoneId.of("America/New_York")).build()),
        new SampleHandoff(new SampleDraft("Voltline Electronics",
            "アカウントが乗っ取られたみたいで、身に覚えのない注文が入っています。至急対応してください！",
            new Draft("山田様、ご不便をおかけしております。確認いたしますので、ご登録のメールアドレスを教えていただけますか。",
                Locale.JAPANESE, Channel.X_REPLY)),
            Customer.builder().familyName("山田").givenName("花子")
                .locale(Locale.JAPAN).zone(ZoneId.of("Asia/Tokyo")).build()));
  }

  private static SampleBrand.Team team(String city, String zone, String hours, String... holidays) {
    HolidayCalendar calendar = HolidayCalendar.of(Arrays.stream(holidays).map(LocalDate::parse).toList());
    return new SampleBrand.Team(city, SupportHours.parse(hours, ZoneId.of(zone), calendar));
  }
}
