package dev.tact;

import dev.tact.core.Conversation;
import dev.tact.core.Draft;
import dev.tact.core.Severity;
import dev.tact.rules.Mood;
import dev.tact.rules.Rule;
import dev.tact.rules.RulePack;
import dev.tact.rules.ToneChecker;
import java.util.Objects;

/**
 * Tact in one object: build it once (with the built-in rule packs and a tenant's own), then review
 * every draft reply from any thread.
 *
 * <pre>{@code
 * Tact tact = Tact.builder()
 *     .rulePacks(RulePack.read(Path.of("acme-tone.yaml")))
 *     .build();
 * Review review = tact.review(
 *     new Draft("Please just restart the app.", Locale.ENGLISH, Channel.X_REPLY),
 *     Conversation.of(Message.fromCustomer("Third time asking!! Still broken")));
 * review.findings();   // tone.minimizing, an error to an upset customer
 * }</pre>
 *
 * <p>The review reads the customer's {@link Mood} once, then runs the tone rules of the draft's
 * language. Escalation (public or private) joins the review with its own issue; see {@link Review}.
 * Instances are immutable and thread-safe; the library does no I/O while reviewing, starts no threads
 * and logs nothing.
 */
public final class Tact {
  private final ToneChecker tone;

  private Tact(ToneChecker tone) {
    this.tone = tone;
  }

  /** Starts a Tact with the built-in rule packs. */
  public static Builder builder() {
    return new Builder();
  }

  /** Reviews a draft reply to {@code conversation} (use {@link Conversation#empty()} for none). */
  public Review review(Draft draft, Conversation conversation) {
    Objects.requireNonNull(draft, "draft");
    Objects.requireNonNull(conversation, "conversation");
    Mood mood = tone.mood(conversation, draft.locale());
    return new Review(tone.check(draft, conversation, mood), mood);
  }

  /** The tone checker behind the reviews, for its rule list and direct use. */
  public ToneChecker tone() {
    return tone;
  }

  @Override
  public String toString() {
    return "Tact[" + tone + "]";
  }

  /** Builds a {@link Tact}. Not thread-safe; the Tact it builds is. */
  public static final class Builder {
    private boolean builtIns = true;
    private final ToneChecker.Builder tone = ToneChecker.builder();

    private Builder() {}

    /** Leaves out the built-in rule packs, metadata and code rules: only the tenant's own apply. */
    public Builder withoutBuiltInPacks() {
      this.builtIns = false;
      return this;
    }

    /** Adds vendor packs, merged over the built-ins in the order given. */
    public Builder rulePacks(RulePack... packs) {
      for (RulePack pack : packs) {
        tone.pack(pack);
      }
      return this;
    }

    /** Adds a code rule. */
    public Builder rule(Rule rule) {
      tone.rule(rule);
      return this;
    }

    /** Turns a rule off. */
    public Builder disable(String ruleId) {
      tone.disable(ruleId);
      return this;
    }

    /** Sets a rule's severity for every mood in which it reports. */
    public Builder severity(String ruleId, Severity severity) {
      tone.severity(ruleId, severity);
      return this;
    }

    /**
     * Whether replies must use the register the customer used (off by default); see
     * {@link ToneChecker.Builder#matchCustomerRegister(boolean)}.
     *
     * <pre>{@code
     * Tact tact = Tact.builder().matchCustomerRegister(true).build();
     * tact.review(
     *     new Draft("Merci pour votre message, vous recevrez un e-mail.", Locale.FRENCH, Channel.X_REPLY),
     *     Conversation.of(Message.fromCustomer("salut, tu peux m'aider ? ma box marche plus")));
     * // tone.register-mix at "votre" and "vous": the customer wrote informally (tu)
     * }</pre>
     */
    public Builder matchCustomerRegister(boolean on) {
      tone.matchCustomerRegister(on);
      return this;
    }

    /**
     * Builds the Tact.
     *
     * @throws dev.tact.rules.RulePackException if a pack or override does not fit the rules
     */
    public Tact build() {
      if (builtIns) {
        tone.builtInPacks();
      }
      return new Tact(tone.build());
    }
  }
}
