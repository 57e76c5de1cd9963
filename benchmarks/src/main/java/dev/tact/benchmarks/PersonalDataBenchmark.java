package dev.tact.benchmarks;

import dev.tact.rules.escalation.PersonalData;
import dev.tact.rules.escalation.PersonalDataDetector;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Personal-data detection throughput on real brand replies — target ≥ 20 MB/s per core (issue 5,
 * Benchmarks) — beside a naive {@code java.util.regex} baseline that looks for the same kinds.
 *
 * <p>The texts are every brand reply of the wanted {@code "lang"} in the project's shared corpus,
 * read at run time by {@link ReviewCorpus} (never copied into the repository). One operation runs
 * {@link PersonalDataDetector#find} of {@link PersonalDataDetector#defaults()} (every kind, the
 * phone region of the language) over the next reply; {@link Megabytes} adds up the UTF-8 bytes,
 * so JMH prints MB/s beside the operations per second.
 *
 * <p>The baseline, {@link #naiveRegex}: one backtracking pattern per kind, Unicode character
 * classes on (so that full-width digits count, as they do for Tact), each run with
 * {@link Matcher#find()} over the same reply, card candidates then checked with Luhn and IBAN
 * candidates with mod-97 — the way such detection is usually first written. Its answers are close
 * to Tact's, not the same (no precedence between kinds, no date or price exclusions); it is there
 * for the cost.
 *
 * <p>Run: {@code mvn -B -q package -pl benchmarks -am -DskipTests && java -jar
 * benchmarks/target/benchmarks.jar PersonalDataBenchmark -f 1 -wi 3 -w 1 -i 5 -r 1 -prof gc}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class PersonalDataBenchmark {
  private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE;
  private static final Pattern EMAIL = Pattern.compile("[\\w.%+\\-]+@[\\w\\-]+(?:\\.[\\w\\-]+)*\\.[a-z]{2,}", FLAGS);
  private static final Pattern PHONE = Pattern.compile(
      "(?:\\+|00)\\d{1,3}[\\s\\-.]?(?:\\(0\\)[\\s\\-.]?)?(?:\\(?\\d{1,4}\\)?[\\s\\-.ー]?){1,5}\\d{2,4}"
          + "|\\(?0\\d{1,4}\\)?[\\s\\-.ー]?\\d{2,4}[\\s\\-.ー]?\\d{3,4}"
          + "|\\(?[2-9]\\d{2}\\)?[\\s\\-.]?\\d{3}[\\s\\-.]\\d{4}", FLAGS);
  private static final Pattern CARD = Pattern.compile("(?<![\\d\\w])(?:\\d[ \\-]?){12,18}\\d(?![\\d\\w])", FLAGS);
  private static final Pattern IBAN = Pattern.compile(
      "(?<![\\w])[a-z]{2}\\d{2}(?: ?[a-z0-9]{4}){2,7}(?: ?[a-z0-9]{1,4})?(?![\\w])", FLAGS);
  private static final Pattern ORDER = Pattern.compile("(?:order|ticket|tracking|booking|case|reservation"
      + "|注文番号|予約番号|お問い合わせ番号|追跡番号|bestellnummer|auftragsnummer|sendungsnummer|numéro de commande"
      + "|numéro de suivi|número de pedido|número de seguimiento|número do pedido|protocolo)"
      + "(?:\\s*(?:number|no\\.?|nr\\.?|n°|#|:|：|は|is|ist|est|es|é))*\\s*([a-z0-9][a-z0-9\\-_/]{2,39})", FLAGS);
  private static final Pattern CREDENTIAL = Pattern.compile(
      "(?:password|passwort|kennwort|mot de passe|contraseña|senha|パスワード)\\s*(?:is|ist|est|es|é|:|：|は)?\\s*(\\S{4,64})"
          + "|(?:code|pin|passcode|otp|認証コード|確認コード|暗証番号|código|bestätigungscode)\\s*(?:is|:|：|は)?\\s*(\\d{4,10})",
      FLAGS);
  private static final Pattern BIRTH = Pattern.compile("(?:dob|date of birth|born on|生年月日|geburtsdatum|geboren am"
      + "|date de naissance|fecha de nacimiento|data de nascimento)\\s*[:：]?\\s*"
      + "(\\d{1,4}[/.\\-年]\\d{1,2}[/.\\-月]\\d{1,4}日?|\\d{1,2}\\.? (?:de )?\\p{L}+\\.?,? (?:de )?\\d{4}|\\p{L}+ \\d{1,2},? \\d{4})",
      FLAGS);
  private static final Pattern ADDRESS = Pattern.compile("〒\\s?\\d{3}[\\-－ー]?\\d{4}"
      + "|\\d+\\w?\\s+(?:[\\w.]+\\s+){0,3}(?:street|st\\.?|avenue|ave|road|rd|rue|calle|rua|avenida)\\b.{0,60}?\\b\\d{5}\\b"
      + "|\\w+(?:straße|strasse|str\\.)\\s*\\d+.{0,40}?\\b\\d{5}\\b", FLAGS);
  private static final List<Pattern> PLAIN = List.of(EMAIL, PHONE, ORDER, CREDENTIAL, BIRTH, ADDRESS);
  private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

  /** The corpus {@code lang} tag: English or Japanese. */
  @Param({"en", "ja"})
  public String language;

  private PersonalDataDetector detector;
  private Locale locale;
  private ReviewCorpus.Reply[] replies;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    detector = PersonalDataDetector.defaults();
    locale = Locale.forLanguageTag(language);
    List<ReviewCorpus.Reply> all = ReviewCorpus.brandReplies(language);
    replies = all.toArray(new ReviewCorpus.Reply[0]);
    int tact = 0;
    int naive = 0;
    for (ReviewCorpus.Reply reply : replies) {
      tact += detector.find(reply.draft().text(), locale).size();
      naive += naive(reply.draft().text()).size();
    }
    System.out.printf(Locale.ROOT, "%n# %d %s brand replies, %.3f MB of UTF-8, from %s; findings: Tact %d, naive %d%n",
        replies.length, language, ReviewCorpus.bytes(all) / 1e6, ReviewCorpus.folder(), tact, naive);
  }

  /** Tact: every detector over the next reply. */
  @Benchmark
  public List<PersonalData> find(Megabytes counted) {
    ReviewCorpus.Reply reply = next();
    counted.add(reply.bytes());
    return detector.find(reply.draft().text(), locale);
  }

  /** The baseline: one java.util.regex pattern per kind over the next reply, Luhn and mod-97 after. */
  @Benchmark
  public List<String> naiveRegex(Megabytes counted) {
    ReviewCorpus.Reply reply = next();
    counted.add(reply.bytes());
    return naive(reply.draft().text());
  }

  private static List<String> naive(String text) {
    List<String> found = new ArrayList<>();
    for (Pattern pattern : PLAIN) {
      Matcher matcher = pattern.matcher(text);
      while (matcher.find()) {
        found.add(matcher.group());
      }
    }
    Matcher cards = CARD.matcher(text);
    while (cards.find()) {
      if (luhn(cards.group())) {
        found.add(cards.group());
      }
    }
    Matcher ibans = IBAN.matcher(text);
    while (ibans.find()) {
      if (mod97(ibans.group())) {
        found.add(ibans.group());
      }
    }
    return found;
  }

  private static boolean luhn(String candidate) {
    String digits = candidate.replaceAll("\\D", "");
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = Character.digit(digits.charAt(digits.length() - 1 - i), 10);
      sum += i % 2 == 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
    }
    return sum % 10 == 0;
  }

  private static boolean mod97(String candidate) {
    String compact = candidate.replace(" ", "").toUpperCase(Locale.ROOT);
    String rearranged = compact.substring(4) + compact.substring(0, 4);
    StringBuilder number = new StringBuilder();
    for (char c : rearranged.toCharArray()) {
      if (Character.isDigit(c)) {
        number.append(Character.digit(c, 10));
      } else if (c >= 'A' && c <= 'Z') {
        number.append(c - 'A' + 10);
      } else {
        return false;
      }
    }
    return new BigInteger(number.toString()).mod(NINETY_SEVEN).intValue() == 1;
  }

  private ReviewCorpus.Reply next() {
    ReviewCorpus.Reply reply = replies[next];
    next = next + 1 == replies.length ? 0 : next + 1;
    return reply;
  }
}
