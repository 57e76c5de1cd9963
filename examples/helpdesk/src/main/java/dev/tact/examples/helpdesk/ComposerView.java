package dev.tact.examples.helpdesk;

import dev.tact.rules.escalation.Reason;
import dev.tact.rules.escalation.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the reply composer shows under the agent's draft after a keystroke: the draft with the
 * findings' words marked, each finding with its best suggestion, the route and its reasons,
 * whether the send button is disabled, and, when the conversation should move to a DM, the
 * handoff reply to send instead.
 *
 * <pre>{@code
 * ComposerView view = composer.show(ticket, "Please just reinstall it.", now);
 * view.markedDraft();    // "Please ⟦just reinstall⟧ it."
 * view.sendBlocked();    // true: minimizing words are an error to an upset customer
 * view.screen();         // the whole panel, as lines of text
 * }</pre>
 *
 * @param markedDraft the draft with each finding's words in ⟦ ⟧
 * @param marks the findings, in the order of the text
 * @param heldBack how many more findings reach into the word the agent is still typing; they are
 *     marked once the word is finished
 * @param route whether the reply may go out in public
 * @param reasons why the conversation should move to a DM; empty when the route is public
 * @param sendBlocked whether sending the draft is disabled: a finding is an error (which includes
 *     personal data in a public reply)
 * @param redactedDraft the draft with its personal data masked, when a marked finding is personal data;
 *     else null
 * @param handoff the public reply that moves the conversation to a DM, offered instead of the draft
 *     when the route is private on a public channel; else null
 */
public record ComposerView(
    String markedDraft,
    List<Mark> marks,
    int heldBack,
    Route route,
    List<Reason> reasons,
    boolean sendBlocked,
    @Nullable String redactedDraft,
    @Nullable String handoff) {

  /** Copies the lists and rejects nulls. */
  public ComposerView {
    Objects.requireNonNull(markedDraft, "markedDraft");
    marks = List.copyOf(marks);
    Objects.requireNonNull(route, "route");
    reasons = List.copyOf(reasons);
  }

  /** The handoff reply to offer instead of the draft, if the conversation should move to a DM. */
  public Optional<String> offeredHandoff() {
    return Optional.ofNullable(handoff);
  }

  /**
   * Whether the composer's panel looks the same as in {@code other} apart from the draft's text:
   * the same findings, route and send button. A UI repaints the panel only when this is false.
   */
  public boolean samePanelAs(ComposerView other) {
    return marks.equals(other.marks) && heldBack == other.heldBack && route == other.route && reasons.equals(other.reasons)
        && sendBlocked == other.sendBlocked && Objects.equals(handoff, other.handoff);
  }

  /** The whole panel as lines of text: what a terminal version of the composer would print. */
  public List<String> screen() {
    List<String> lines = new ArrayList<>(status());
    if (handoff != null) {
      lines.add("offer instead:");
      handoff.lines().map(line -> "  " + line).forEach(lines::add);
    }
    return lines;
  }

  /** The panel without the offered handoff: the marked draft, the marks, the route, the send button. */
  public List<String> status() {
    List<String> lines = new ArrayList<>();
    lines.add("draft: " + markedDraft);
    for (Mark mark : marks) {
      String line = mark.severity().name().toLowerCase(Locale.ROOT) + " " + mark.ruleId()
          + " at \"" + mark.words() + "\"";
      lines.add(mark.suggestion() == null ? line : line + " → try \"" + mark.suggestion() + "\"");
    }
    if (heldBack > 0) {
      lines.add("(" + heldBack + " more on the word being typed)");
    }
    if (redactedDraft != null) {
      lines.add("personal data in a public reply; without it: " + redactedDraft);
    }
    lines.add("route " + route + (reasons.isEmpty() ? "" : " " + reasons)
        + " · send " + (sendBlocked ? "blocked" : "enabled"));
    return lines;
  }
}
