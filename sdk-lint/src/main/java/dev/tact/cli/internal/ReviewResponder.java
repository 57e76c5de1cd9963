package dev.tact.cli.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tact.Review;
import dev.tact.Tact;

/**
 * Answers one line of {@code tact review --jsonl}: a draft in, one JSON object out, never an
 * exception. A good request gets {@code {"findings":[...],"escalation":{...}}}, anything else
 * {@code {"error":{"message":...}}}. Holds one {@link Tact}, built once per run with the built-in
 * packs, any vendor packs and the tenant's escalation configuration, and nothing that changes, so
 * one instance may serve any number of lines and threads.
 *
 * <pre>{@code
 * new ReviewResponder(Tact.builder().build(), false).respond(
 *     "{\"text\":\"Please just restart the app\",\"locale\":\"en\",\"channel\":\"x.reply\","
 *         + "\"inbound\":\"Third time asking!! still broken\"}");
 * // {"findings":[{"rule":"tone.minimizing","severity":"error","start":7,"end":19,...}],
 * //  "escalation":{"route":"PUBLIC","reasons":[],"sender":"CUSTOMER","blocking":false}}
 * }</pre>
 */
final class ReviewResponder {
  private final ObjectMapper json = JsonFields.strictMapper();
  private final Tact tact;
  private final boolean evidence;

  /**
   * @param evidence whether the escalation object also lists its signals and personal data
   *     ({@code --evidence})
   */
  ReviewResponder(Tact tact, boolean evidence) {
    this.tact = tact;
    this.evidence = evidence;
  }

  /** The answer to one input line, as one line of JSON. */
  String respond(String line) {
    try {
      ReviewRequest request = ReviewRequest.read(line, json);
      Review review = tact.review(request.draft(), request.conversation());
      return JsonAnswers.review(review, evidence);
    } catch (BadLineException e) {
      return JsonAnswers.error(String.valueOf(e.getMessage()));
    } catch (RuntimeException e) {
      // A bug (in a rule, say), not a bad line; still one answer per line, and a message to report.
      return JsonAnswers.error("internal error, please report: " + e);
    }
  }
}
