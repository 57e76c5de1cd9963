package dev.tact.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.Review;
import dev.tact.Tact;
import dev.tact.core.Channel;
import dev.tact.core.Conversation;
import dev.tact.core.Draft;
import dev.tact.core.Message;
import dev.tact.rules.Mood;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review benchmarks measure what they say: the latency reply is 280 characters and gets the
 * finding its Javadoc promises, the adversarial inputs are reviewed without error, and a missing
 * corpus stops the corpus benchmarks with a message that says how to point at one. No timing is
 * asserted.
 */
class ReviewBenchmarkInputsTest {
  @Test
  void latencyReplyIs280CharactersWithOneMinimizingFindingForAnUpsetCustomer() {
    assertEquals(280, ReviewLatencyBenchmark.REPLY.length());
    Review review = Tact.builder().build().review(
        new Draft(ReviewLatencyBenchmark.REPLY, Locale.ENGLISH, Channel.X_REPLY),
        Conversation.of(Message.fromCustomer(ReviewLatencyBenchmark.INBOUND)));
    assertEquals(Mood.UPSET, review.mood());
    assertTrue(review.findings().stream().anyMatch(f -> f.ruleId().equals("tone.minimizing")), review::toString);
  }

  @Test
  void adversarialInputsAreReviewed() {
    Tact tact = Tact.builder().build();
    for (String chunk : new String[] {AdversarialReviewBenchmark.ENGLISH, AdversarialReviewBenchmark.JAPANESE}) {
      String text = chunk.repeat(50);
      Locale locale = chunk.equals(AdversarialReviewBenchmark.JAPANESE) ? Locale.JAPANESE : Locale.ENGLISH;
      Review review = tact.review(new Draft(text, locale, Channel.EMAIL), Conversation.empty());
      assertFalse(review.isClean(), "near-misses and real hits alike: the input has findings");
    }
  }

  @Test
  void aMissingCorpusSaysHowToPointAtOne(@TempDir Path dir) {
    String old = System.getProperty(ReviewCorpus.PROPERTY);
    System.setProperty(ReviewCorpus.PROPERTY, dir.resolve("absent").toString());
    try {
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> ReviewCorpus.brandReplies("en"));
      assertTrue(e.getMessage().startsWith("SKIPPED: no corpus at "), e.getMessage());
      assertTrue(e.getMessage().contains("-Dtact.corpus="), e.getMessage());
    } finally {
      if (old == null) {
        System.clearProperty(ReviewCorpus.PROPERTY);
      } else {
        System.setProperty(ReviewCorpus.PROPERTY, old);
      }
    }
  }
}
