package dev.tact.benchmarks;

import dev.tact.Review;
import dev.tact.Tact;
import dev.tact.core.Channel;
import dev.tact.core.Conversation;
import dev.tact.core.Draft;
import dev.tact.core.Message;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Review of a 280-character English reply with every built-in pack loaded — target p50 ≤ 20 µs and
 * p99 ≤ 100 µs on one core (DESIGN.md, Targets).
 *
 * <p>{@link Mode#SampleTime} times single calls, so JMH prints the percentiles ({@code p0.50},
 * {@code p0.99}, …) as well as the mean. The reply ({@link #REPLY}, exactly 280 UTF-16 chars) answers
 * an upset customer, so each review reads the customer's mood from the message and then runs the
 * rules of the draft's language; it has one finding ("just tap", {@code tone.minimizing}).
 *
 * <p>Compared against {@link #bareScan}: lower-casing the same 280 characters once.
 *
 * <p>Run: {@code mvn -B -q package -pl benchmarks -am -DskipTests && java -jar
 * benchmarks/target/benchmarks.jar ReviewLatencyBenchmark -f 1 -wi 3 -w 1 -i 5 -r 1 -prof gc}
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class ReviewLatencyBenchmark {
  /** A care reply of exactly 280 characters, the length of a full X post. */
  public static final String REPLY = "Hi Dana, I'm sorry the app keeps signing you out, and thanks for"
      + " bearing with us. We shipped a fix in version 5.2 this morning: please just tap Update in the"
      + " App Store, then sign in again. If it happens again, could you send us a DM with your phone"
      + " model? We'll look into it today";

  /** The customer message the reply answers. */
  public static final String INBOUND = "@AcmeHelp third time today the app logged me out!! still broken";

  private Tact tact;
  private Draft draft;
  private Conversation conversation;

  @Setup(Level.Trial)
  public void setUp() {
    if (REPLY.length() != 280) {
      throw new IllegalStateException("the reply must be 280 characters, is " + REPLY.length());
    }
    tact = Tact.builder().build();
    draft = new Draft(REPLY, Locale.ENGLISH, Channel.X_REPLY);
    conversation = Conversation.of(Message.fromCustomer(INBOUND));
    Review review = tact.review(draft, conversation);
    System.out.println("\n# review of the 280-char reply: " + review);
  }

  /** Tact: read the mood, review the draft. */
  @Benchmark
  public Review review() {
    return tact.review(draft, conversation);
  }

  /** The baseline: lower-case the same 280 characters. */
  @Benchmark
  public String bareScan() {
    return draft.text().toLowerCase(Locale.ROOT);
  }
}
