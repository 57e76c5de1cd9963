package dev.tact.rules.escalation;

import dev.tact.core.Author;
import dev.tact.core.Conversation;
import dev.tact.core.Draft;
import dev.tact.core.Finding;
import dev.tact.core.Message;
import dev.tact.core.Severity;
import dev.tact.core.Span;
import dev.tact.rules.RulePackException;
import dev.tact.rules.TextView;
import dev.tact.rules.escalation.internal.BuiltInSignals;
import dev.tact.rules.escalation.internal.SenderJudge;
import dev.tact.rules.escalation.internal.SignalLists;
import dev.tact.rules.escalation.internal.SignalMatcher;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether a draft reply may go out in public or the conversation should move to a DM
 * (REQUIREMENTS E1–E6), and whether the customer looks like an upset customer or a troll (E5).
 *
 * <pre>{@code
 * EscalationPolicy policy = EscalationPolicy.builder()
 *     .threadThreshold(2)
 *     .phoneRegion("US")
 *     .build();
 * Escalation escalation = policy.decide(
 *     new Draft("Sorry about that! Can you send us your order number?", Locale.ENGLISH, Channel.X_REPLY),
 *     Conversation.of(Message.fromCustomer("My order from last week never arrived, DM me")));
 * escalation.route();     // PRIVATE
 * escalation.reasons();   // [ACCOUNT_DETAILS_NEEDED, CUSTOMER_ASKED_PRIVATE]
 * escalation.sender();    // CUSTOMER
 * }</pre>
 *
 * <p>The decision, in one pass over each text (the customer's messages that the draft answers, and
 * the draft, all read in the draft's language):
 *
 * <ul>
 *   <li>{@link Reason#ACCOUNT_DETAILS_NEEDED}: the draft asks for account details;
 *   <li>{@link Reason#PERSONAL_DATA_IN_INBOUND}: the customer's messages hold personal data;
 *   <li>{@link Reason#PERSONAL_DATA_IN_DRAFT}: the draft holds personal data;
 *   <li>{@link Reason#SENSITIVE_TOPIC}: an enabled topic in the customer's messages or the draft;
 *   <li>{@link Reason#LONG_THREAD}: the brand has already posted {@code threadThreshold} (default 3)
 *       public replies in the conversation, so this one would be past the limit;
 *   <li>{@link Reason#CUSTOMER_ASKED_PRIVATE}: the customer asked to talk in private.
 * </ul>
 *
 * <p>The route is {@link Route#PRIVATE} exactly when a reason holds, else {@link Route#PUBLIC}, on
 * every channel. On a public channel the draft is {@linkplain Escalation#blocking() blocking} when it
 * holds personal data itself, reported as {@value #PERSONAL_DATA_RULE} findings. On a private
 * channel (a DM, e-mail, chat) the route question is moot and answered the same way, so that a
 * helpdesk can log why a conversation needs privacy and detectors are measured alike everywhere:
 * {@link Route#PRIVATE} means "this has to be private" (already satisfied), {@link Route#PUBLIC}
 * means "nothing here needs privacy; stay where you are" (a private conversation never moves back
 * to public). Nothing blocks there, since personal data may be written in private. The customer's
 * messages that the draft answers are those since the brand last wrote, or the customer's latest
 * message when the brand wrote last.
 *
 * <p>Immutable and thread-safe: build one per tenant and share it.
 */
public final class EscalationPolicy {
  /** The rule id of the findings for personal data in a draft for a public channel. */
  public static final String PERSONAL_DATA_RULE = "privacy.personal-data";
  /** The thread limit when none is set. */
  public static final int DEFAULT_THREAD_THRESHOLD = 3;

  private static final int SIGNAL_KINDS = SignalKind.values().length;

  private static final List<String> SUGGESTIONS = List.of(
      "Leave it out and move the conversation to a DM",
      "Replace it with the masked value");

  private final int threadThreshold;
  private final Set<String> topics;
  private final Set<PersonalDataKind> kinds;
  private final @Nullable String phoneRegion;
  private final List<String> orderNumberPatterns;
  private final SignalMatcher matcher;
  /** Null when no kind of personal data is looked for. */
  private final @Nullable PersonalDataDetector detector;

  private EscalationPolicy(Builder builder, Set<String> topics, SignalMatcher matcher) {
    this.threadThreshold = builder.threadThreshold;
    this.topics = Collections.unmodifiableSet(new TreeSet<>(topics));
    this.kinds = Collections.unmodifiableSet(EnumSet.copyOf(builder.kinds));
    this.phoneRegion = builder.phoneRegion;
    this.orderNumberPatterns = List.copyOf(builder.orderNumberPatterns);
    this.matcher = matcher;
    this.detector = builder.kinds.isEmpty() ? null : detector(builder);
  }

  private static PersonalDataDetector detector(Builder builder) {
    PersonalDataDetector.Builder detector = PersonalDataDetector.builder().kinds(builder.kinds);
    if (builder.phoneRegion != null) {
      detector.region(builder.phoneRegion);
    }
    for (String pattern : builder.orderNumberPatterns) {
      detector.orderNumberPattern(pattern);
    }
    return detector.build();
  }

  /** Tact's defaults: every built-in topic and kind of personal data, a thread limit of 3. */
  public static EscalationPolicy defaults() {
    return builder().build();
  }

  /** Starts a policy with Tact's defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Decides about {@code draft} as a reply in {@code conversation} (use {@link Conversation#empty()}
   * for none). Never throws on any text.
   */
  public Escalation decide(Draft draft, Conversation conversation) {
    Objects.requireNonNull(draft, "draft");
    return decide(draft, conversation, TextView.of(draft.text(), draft.locale()));
  }

  /**
   * Decides as {@link #decide(Draft, Conversation)} does, reading the draft through {@code draftView},
   * a view of its text in its locale that the caller made once and shares with other checks (as
   * {@link dev.tact.Tact} does with the tone review), so that the draft is normalized once.
   *
   * <pre>{@code
   * TextView view = TextView.of(draft.text(), draft.locale());
   * List<Finding> tone = checker.check(draft, conversation, mood, view);
   * Escalation escalation = policy.decide(draft, conversation, view);
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code draftView} is not of the draft's text and locale
   */
  public Escalation decide(Draft draft, Conversation conversation, TextView draftView) {
    Objects.requireNonNull(draft, "draft");
    Objects.requireNonNull(conversation, "conversation");
    Objects.requireNonNull(draftView, "draftView");
    Locale locale = draft.locale();
    String text = draft.text();
    if (!draftView.isViewOf(text, locale)) {
      throw new IllegalArgumentException("the view is of another text or locale than the draft ("
          + locale + "); make it with TextView.of(draft.text(), draft.locale())");
    }
    List<Message> messages = conversation.messages();
    List<Signal> signals = new ArrayList<>();
    List<PersonalDataFound> data = new ArrayList<>();
    int[] counts = new int[SIGNAL_KINDS];
    int inboundData = 0;
    for (int index = firstAnswered(messages); index < messages.size(); index++) {
      Message message = messages.get(index);
      if (message.author() != Author.CUSTOMER) {
        continue;
      }
      TextView view = TextView.of(message.text(), locale);
      collect(view, Source.INBOUND, index, signals, counts);
      for (PersonalData found : personalData(view)) {
        data.add(new PersonalDataFound(found, Source.INBOUND, index));
        inboundData++;
      }
    }
    collect(draftView, Source.DRAFT, -1, signals, counts);
    List<PersonalData> inDraft = personalData(draftView);
    for (PersonalData found : inDraft) {
      data.add(new PersonalDataFound(found, Source.DRAFT, -1));
    }
    Set<Reason> reasons = EnumSet.noneOf(Reason.class);
    for (Signal signal : signals) {
      switch (signal.kind()) {
        case ACCOUNT_REQUEST -> reasons.add(Reason.ACCOUNT_DETAILS_NEEDED);
        case PRIVATE_REQUEST -> reasons.add(Reason.CUSTOMER_ASKED_PRIVATE);
        case SENSITIVE_TOPIC -> reasons.add(Reason.SENSITIVE_TOPIC);
        default -> { }
      }
    }
    if (inboundData > 0) {
      reasons.add(Reason.PERSONAL_DATA_IN_INBOUND);
    }
    if (!inDraft.isEmpty()) {
      reasons.add(Reason.PERSONAL_DATA_IN_DRAFT);
    }
    if (conversation.publicRepliesFromBrand() >= threadThreshold) {
      reasons.add(Reason.LONG_THREAD);
    }
    boolean isPublic = draft.channel().isPublic();
    Route route = reasons.isEmpty() ? Route.PUBLIC : Route.PRIVATE;
    boolean blocking = isPublic && !inDraft.isEmpty();
    String redacted = inDraft.isEmpty() ? text : PersonalDataDetector.redact(text, inDraft);
    List<Finding> findings = blocking ? findings(inDraft, redacted) : List.of();
    return new Escalation(route, reasons.isEmpty() ? List.of() : List.copyOf(reasons),
        SenderJudge.judge(counts, inboundData), blocking, signals, data, findings, redacted);
  }

  /** The thread limit: from this many public replies of the brand on, {@link Reason#LONG_THREAD}. */
  public int threadThreshold() {
    return threadThreshold;
  }

  /** The topic ids that count, sorted. */
  public Set<String> topics() {
    return topics;
  }

  /** The kinds of personal data looked for. */
  public Set<PersonalDataKind> personalDataKinds() {
    return kinds;
  }

  /** The settings, for logs. */
  @Override
  public String toString() {
    return "EscalationPolicy[threadThreshold=" + threadThreshold + ", topics=" + topics
        + ", personalData=" + kinds + ", phoneRegion=" + phoneRegion + ", orderNumberPatterns="
        + orderNumberPatterns.size() + ", languages=" + matcher.languages() + "]";
  }

  private List<PersonalData> personalData(TextView view) {
    return detector == null ? List.of() : detector.find(view);
  }

  /** The index of the first customer message the draft answers (see the class comment). */
  private static int firstAnswered(List<Message> messages) {
    int start = messages.size();
    while (start > 0 && messages.get(start - 1).author() == Author.CUSTOMER) {
      start--;
    }
    if (start < messages.size()) {
      return start;
    }
    for (int i = messages.size() - 1; i >= 0; i--) {
      if (messages.get(i).author() == Author.CUSTOMER) {
        return i;
      }
    }
    return messages.size();
  }

  private void collect(TextView view, Source source, int message, List<Signal> signals, int[] counts) {
    String original = view.original();
    for (SignalMatcher.Hit hit : matcher.find(view, source)) {
      Span span = view.toOriginal(hit.start(), hit.end());
      SignalKind kind = hit.slot().kind();
      counts[kind.ordinal()]++;
      signals.add(new Signal(kind, hit.slot().topic(), source, message, span, span.in(original)));
    }
  }

  private static List<Finding> findings(List<PersonalData> inDraft, String redacted) {
    List<Finding> findings = new ArrayList<>(inDraft.size());
    for (PersonalData found : inDraft) {
      Span span = found.span();
      findings.add(new Finding(PERSONAL_DATA_RULE, Severity.ERROR, span, message(found.kind()),
          SUGGESTIONS, span.in(redacted)));
    }
    return findings;
  }

  private static String message(PersonalDataKind kind) {
    String what = switch (kind) {
      case EMAIL -> "An e-mail address";
      case PHONE -> "A phone number";
      case PAYMENT_CARD -> "A payment card number";
      case IBAN -> "An IBAN";
      case ORDER_NUMBER -> "An order, ticket or booking number";
      case POSTAL_ADDRESS -> "A postal address";
      case CREDENTIAL -> "A password or one-time code";
      case DATE_OF_BIRTH -> "A date of birth";
    };
    return what + " in a public reply: everyone can read it; move the conversation to a DM and"
        + " leave it out here";
  }

  /** Configures an {@link EscalationPolicy}. Not thread-safe; the policy it builds is. */
  public static final class Builder {
    private int threadThreshold = DEFAULT_THREAD_THRESHOLD;
    private @Nullable Set<String> topics;
    private Set<PersonalDataKind> kinds = EnumSet.allOf(PersonalDataKind.class);
    private @Nullable String phoneRegion;
    private final List<String> orderNumberPatterns = new ArrayList<>();
    private final List<SignalLists> phrases = new ArrayList<>();

    private Builder() {}

    /**
     * From this many public replies of the brand in a conversation on, the next reply should go to a
     * DM ({@link Reason#LONG_THREAD}); 3 by default.
     *
     * @throws IllegalArgumentException unless {@code 1 <= threshold <= 1000}
     */
    public Builder threadThreshold(int threshold) {
      if (threshold < 1 || threshold > EscalationConfig.MAX_THRESHOLD) {
        throw new IllegalArgumentException("threadThreshold is from 1 to "
            + EscalationConfig.MAX_THRESHOLD + ", got " + threshold);
      }
      this.threadThreshold = threshold;
      return this;
    }

    /**
     * Only these topics make a {@link Reason#SENSITIVE_TOPIC} (all built-in and configured ones by
     * default); an empty set turns topics off. Checked by {@link #build()}.
     */
    public Builder topics(Set<String> topics) {
      this.topics = new LinkedHashSet<>(Objects.requireNonNull(topics, "topics"));
      return this;
    }

    /** Only these kinds of personal data are looked for (all by default). */
    public Builder personalDataKinds(Set<PersonalDataKind> kinds) {
      Objects.requireNonNull(kinds, "kinds");
      this.kinds = kinds.isEmpty() ? EnumSet.noneOf(PersonalDataKind.class) : EnumSet.copyOf(kinds);
      return this;
    }

    /** The region whose national phone formats count ("JP", "US", "DE"…); international only by default. */
    public Builder phoneRegion(String region) {
      this.phoneRegion = Objects.requireNonNull(region, "region");
      return this;
    }

    /** Adds a tenant's order or ticket number format, an RE2/J regular expression. */
    public Builder orderNumberPattern(String re2Pattern) {
      orderNumberPatterns.add(Objects.requireNonNull(re2Pattern, "re2Pattern"));
      return this;
    }

    /**
     * Applies a tenant's configuration: what it sets replaces what was set before; its phrases and
     * order-number patterns are added.
     */
    public Builder config(EscalationConfig config) {
      Objects.requireNonNull(config, "config");
      config.threadThreshold().ifPresent(this::threadThreshold);
      config.topics().ifPresent(this::topics);
      config.personalData().ifPresent(this::personalDataKinds);
      config.phoneRegion().ifPresent(this::phoneRegion);
      orderNumberPatterns.addAll(config.orderNumberPatterns());
      phrases.addAll(config.phrases());
      return this;
    }

    /**
     * Builds the policy, compiling Tact's signal phrases and the configured ones.
     *
     * @throws IllegalArgumentException if a topic has no phrases in any language, or the detector
     *     rejects the region or an order-number pattern
     * @throws RulePackException if a built-in signal file is damaged (a bug in the build)
     */
    public EscalationPolicy build() {
      List<SignalLists> lists = new ArrayList<>(BuiltInLists.LISTS);
      lists.addAll(phrases);
      Set<String> known = new TreeSet<>();
      lists.forEach(list -> known.addAll(list.topics()));
      Set<String> enabled = topics != null ? topics : known;
      for (String topic : enabled) {
        if (!known.contains(topic)) {
          throw new IllegalArgumentException("the topic '" + topic + "' has no phrases; use one of "
              + known + " or add its phrases with an EscalationConfig");
        }
      }
      SignalMatcher matcher = phrases.isEmpty() && enabled.equals(known)
          ? BuiltInLists.MATCHER
          : SignalMatcher.compile(lists, enabled);
      return new EscalationPolicy(this, enabled, matcher);
    }
  }

  /** Tact's own signal phrases, read and compiled once, when the first policy is built. */
  private static final class BuiltInLists {
    static final List<SignalLists> LISTS = BuiltInSignals.load();
    static final SignalMatcher MATCHER = SignalMatcher.compile(LISTS, allTopics());

    private static Set<String> allTopics() {
      Set<String> topics = new TreeSet<>();
      LISTS.forEach(list -> topics.addAll(list.topics()));
      return topics;
    }
  }
}
