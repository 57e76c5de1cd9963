package dev.tact.benchmarks;

import dev.tact.Review;
import dev.tact.Tact;
import dev.tact.core.Channel;
import dev.tact.core.Conversation;
import dev.tact.core.Draft;
import dev.tact.core.Finding;
import dev.tact.core.Message;
import dev.tact.rules.Mood;
import dev.tact.rules.escalation.Escalation;
import java.util.List;
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
 * Review with escalation of a 280-character reply answering a 280-character customer message —
 * target p50 ≤ 40 µs (issue 5) — side by side with the tone review alone (what a review was before
 * escalation joined it) and the escalation decision alone.
 *
 * <p>{@link Mode#SampleTime} times single calls, so JMH prints the percentiles. The reply asks for
 * the customer's order number (ACCOUNT_DETAILS_NEEDED) and the message holds an e-mail address and a
 * billing complaint, so every detector and signal list has work to do.
 *
 * <p>Run: {@code mvn -B -q package -pl benchmarks -am -DskipTests && java -jar
 * benchmarks/target/benchmarks.jar EscalationLatencyBenchmark -f 1 -wi 3 -w 1 -i 5 -r 1 -prof gc}
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class EscalationLatencyBenchmark {
  /** The 280-character reply of {@link ReviewLatencyBenchmark}. */
  public static final String REPLY = ReviewLatencyBenchmark.REPLY;

  /** A customer message of exactly 280 characters. */
  public static final String INBOUND = "@AcmeHelp you charged me twice for order 4471 last week and the"
      + " refund still hasn't shown up. I already called on Monday and was told 3-5 days. My email on the"
      + " account is dana.lee@example.com if that helps. This is the third time I'm asking, can someone"
      + " please sort this out now?!";

  private Tact tact;
  private Draft draft;
  private Conversation conversation;

  @Setup(Level.Trial)
  public void setUp() {
    if (REPLY.length() != 280 || INBOUND.length() != 280) {
      throw new IllegalStateException("the reply and the message must be 280 characters, are "
          + REPLY.length() + " and " + INBOUND.length());
    }
    tact = Tact.builder().build();
    draft = new Draft(REPLY, Locale.ENGLISH, Channel.X_REPLY);
    conversation = Conversation.of(Message.fromCustomer(INBOUND));
    System.out.println("\n# review with escalation: " + tact.review(draft, conversation));
  }

  /** Tact: read the mood, review the tone, decide the escalation. */
  @Benchmark
  public Review reviewWithEscalation() {
    return tact.review(draft, conversation);
  }

  /** The tone review alone: read the mood, check the draft. */
  @Benchmark
  public List<Finding> toneOnly() {
    Mood mood = tact.tone().mood(conversation, draft.locale());
    return tact.tone().check(draft, conversation, mood);
  }

  /** The escalation decision alone. */
  @Benchmark
  public Escalation escalationOnly() {
    return tact.escalation().decide(draft, conversation);
  }
}
