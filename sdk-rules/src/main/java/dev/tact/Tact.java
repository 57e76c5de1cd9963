package dev.tact;

import dev.tact.core.Channel;
import dev.tact.core.Conversation;
import dev.tact.core.Customer;
import dev.tact.core.Draft;
import dev.tact.core.Finding;
import dev.tact.core.Severity;
import dev.tact.i18n.Handoff;
import dev.tact.i18n.HandoffReason;
import dev.tact.i18n.HandoffReply;
import dev.tact.rules.Mood;
import dev.tact.rules.Rule;
import dev.tact.rules.RulePack;
import dev.tact.rules.TextView;
import dev.tact.rules.ToneChecker;
import dev.tact.rules.escalation.Escalation;
import dev.tact.rules.escalation.EscalationConfig;
import dev.tact.rules.escalation.EscalationPolicy;
import dev.tact.rules.escalation.Reason;
import dev.tact.rules.escalation.Route;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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
 * review.findings();              // tone.minimizing, an error to an upset customer
 * review.escalation().route();    // PUBLIC: nothing here needs a DM
 * }</pre>
 *
 * <p>The review reads the customer's {@link Mood} once, normalizes the draft once, runs the tone
 * rules of the draft's language on it, then decides with the {@link EscalationPolicy} whether the reply may go out in public (see {@link
 * Review#escalation()}); a draft for a public channel that holds personal data adds {@value
 * EscalationPolicy#PERSONAL_DATA_RULE} findings to the tone findings. Instances are immutable and
 * thread-safe; the library does no I/O while reviewing, starts no threads and logs nothing.
 */
public final class Tact {
  private static final Comparator<Finding> BY_SPAN_RULE =
      Comparator.comparing(Finding::span).thenComparing(Finding::ruleId);

  private final ToneChecker tone;
  private final EscalationPolicy escalation;
  private final Handoff handoff;

  private Tact(ToneChecker tone, EscalationPolicy escalation, Handoff handoff) {
    this.handoff = handoff;
    this.tone = tone;
    this.escalation = escalation;
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
    TextView view = TextView.of(draft.text(), draft.locale());
    List<Finding> findings = tone.check(draft, conversation, mood, view);
    Escalation decided = escalation.decide(draft, conversation, view);
    if (!decided.findings().isEmpty()) {
      List<Finding> all = new ArrayList<>(findings.size() + decided.findings().size());
      all.addAll(findings);
      all.addAll(decided.findings());
      all.sort(BY_SPAN_RULE);
      findings = all;
    }
    return new Review(findings, mood, decided);
  }

  /**
   * The public reply that moves the conversation to a private message, when the review's route is
   * {@link Route#PRIVATE}: in the customer's language and formality, worded for the main reason,
   * never repeating the personal data found, with a one-click DM link on channels that have one
   * (configure the brand's accounts with {@link Builder#handoff(Handoff)}).
   *
   * <pre>{@code
   * Review review = tact.review(draft, conversation);
   * tact.handoff(review, customer, Channel.X_REPLY, Instant.now())
   *     .ifPresent(reply -> composer.suggest(reply.text()));
   * }</pre>
   *
   * @return the handoff reply, or empty when the route is {@link Route#PUBLIC}
   */
  public Optional<HandoffReply> handoff(Review review, Customer customer, Channel channel,
      Instant now) {
    Escalation decided = review.escalation();
    if (decided.route() != Route.PRIVATE) {
      return Optional.empty();
    }
    List<HandoffReason> reasons = new ArrayList<>();
    for (Reason reason : decided.reasons()) {
      reasons.add(HandoffReason.valueOf(reason.name()));
    }
    return Optional.of(handoff.reply(customer, reasons, channel, now));
  }

  /** The tone checker behind the reviews, for its rule list and direct use. */
  public ToneChecker tone() {
    return tone;
  }

  /** The escalation policy behind the reviews, for direct use. */
  public EscalationPolicy escalation() {
    return escalation;
  }

  @Override
  public String toString() {
    return "Tact[" + tone + ", " + escalation + "]";
  }

  /** Builds a {@link Tact}. Not thread-safe; the Tact it builds is. */
  public static final class Builder {
    private boolean builtIns = true;
    private final ToneChecker.Builder tone = ToneChecker.builder();
    private @Nullable EscalationPolicy escalation;
    private @Nullable EscalationConfig escalationConfig;
    private Handoff handoff = Handoff.builtIn();

    private Builder() {}

    /**
     * The handoff texts and the brand's DM accounts ({@link Handoff#builtIn()} otherwise, which has
     * the built-in texts and no DM link).
     *
     * <pre>{@code
     * Tact.builder().handoff(Handoff.builder()
     *     .links(DmLinks.builder().x("783214").messenger("acmeshop").build()).build());
     * }</pre>
     */
    public Builder handoff(Handoff handoff) {
      this.handoff = Objects.requireNonNull(handoff, "handoff");
      return this;
    }

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
     * The escalation policy to decide with (Tact's {@linkplain EscalationPolicy#defaults() defaults}
     * otherwise); replaces an {@link #escalation(EscalationConfig) escalation configuration}.
     *
     * <pre>{@code
     * Tact tact = Tact.builder()
     *     .escalation(EscalationPolicy.builder().threadThreshold(2).phoneRegion("JP").build())
     *     .build();
     * }</pre>
     */
    public Builder escalation(EscalationPolicy policy) {
      this.escalation = Objects.requireNonNull(policy, "policy");
      this.escalationConfig = null;
      return this;
    }

    /**
     * A tenant's escalation configuration over Tact's defaults; replaces an {@link
     * #escalation(EscalationPolicy) escalation policy}.
     *
     * <pre>{@code
     * Tact tact = Tact.builder()
     *     .escalation(EscalationConfig.parse(Files.readString(path), path.toString()))
     *     .build();
     * }</pre>
     */
    public Builder escalation(EscalationConfig config) {
      this.escalationConfig = Objects.requireNonNull(config, "config");
      this.escalation = null;
      return this;
    }

    /**
     * Builds the Tact.
     *
     * @throws dev.tact.rules.RulePackException if a pack or override does not fit the rules
     * @throws IllegalArgumentException if the escalation configuration names a topic without phrases
     */
    public Tact build() {
      if (builtIns) {
        tone.builtInPacks();
      }
      EscalationPolicy policy = escalation;
      if (policy == null) {
        policy = escalationConfig == null
            ? EscalationPolicy.defaults()
            : EscalationPolicy.builder().config(escalationConfig).build();
      }
      return new Tact(tone.build(), policy, handoff);
    }
  }
}
