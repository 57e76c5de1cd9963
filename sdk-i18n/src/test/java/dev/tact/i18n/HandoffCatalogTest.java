package dev.tact.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.MessagePattern;
import dev.tact.core.Channel;
import dev.tact.core.Customer;
import dev.tact.core.Formality;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in handoff message, in every language, reason (and none) and formality, for a named
 * and an anonymous customer: it renders, it fits a public X reply together with its DM link even
 * for a customer with a 50-character display name (the most X allows), it invites a private message
 * in the customer's language, and nothing but the customer's name reaches it from outside.
 */
class HandoffCatalogTest {
  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
  /** The longest X account id (2^64-1): the link's length does not depend on it, as X counts 23. */
  private static final Handoff HANDOFF = Handoff.builder()
      .links(DmLinks.builder().x("18446744073709551615").build()).build();
  private static final TextLength X = TextLength.of(Channel.X_REPLY);

  /** Language, 50-weight given and family names, and the words that invite a private message. */
  private static final Map<String, List<String>> LANGUAGES = Map.of(
      "en", List.of("Maximiliana-Josephine", "Wolfeschlegelsteinhausen-Berg", "DM"),
      "ja", List.of("勅使河原", "由紀子左衛門右衛門之助太郎次郎三郎四郎五郎", "DM"),
      "de", List.of("Maximiliana-Josephine", "Wolfeschlegelsteinhausen-Berg", "Direktnachricht"),
      "fr", List.of("Marie-Antoinette-Éléonore", "de La Rochefoucauld-Liancourt", "message privé"),
      "es", List.of("María de los Ángeles", "Fernández de Córdoba y Figueroa", "mensaje privado"),
      "pt", List.of("Maria da Conceição", "Albuquerque de Vasconcelos Sá", "mensagem privada"));
  private static final List<String> TAGS = List.of("en", "ja", "de", "fr", "es", "es-ES", "pt",
      "pt-BR", "pt-PT");

  static Stream<Object[]> messages() {
    List<Object[]> cases = new ArrayList<>();
    List<Set<HandoffReason>> reasons = new ArrayList<>();
    reasons.add(Set.of());
    for (HandoffReason reason : HandoffReason.values()) {
      reasons.add(Set.of(reason));
    }
    for (String tag : TAGS) {
      for (Set<HandoffReason> reason : reasons) {
        for (Formality formality : Formality.values()) {
          for (boolean named : new boolean[] {true, false}) {
            cases.add(new Object[] {tag, reason, formality, named});
          }
        }
      }
    }
    return cases.stream();
  }

  private static Customer customer(String tag, Formality formality, boolean named) {
    List<String> language = LANGUAGES.get(Locale.forLanguageTag(tag).getLanguage());
    Customer.Builder customer = Customer.builder().locale(Locale.forLanguageTag(tag))
        .formality(formality);
    return named ? customer.givenName(language.get(0)).familyName(language.get(1)).build()
        : customer.build();
  }

  @ParameterizedTest(name = "{0} {1} {2} named={3}")
  @MethodSource("messages")
  void rendersFitsAnXReplyWithItsLinkAndInvitesAPrivateMessage(String tag,
      Set<HandoffReason> reasons, Formality formality, boolean named) {
    Customer customer = customer(tag, formality, named);
    HandoffReply reply = HANDOFF.reply(customer, reasons, Channel.X_REPLY, NOW);
    String message = reply.message();
    assertFalse(message.isBlank());
    assertFalse(message.contains("{") || message.contains("}") || message.contains("  "), message);
    assertEquals(23, X.length(reply.link().orElseThrow().toString()), "a link counts 23 on X");
    assertTrue(X.measure(reply.text()).fits(),
        () -> X.length(reply.text()) + " weighted on X: " + reply.text());
    String invitation = LANGUAGES.get(Locale.forLanguageTag(tag).getLanguage()).get(2);
    assertTrue(message.contains(invitation), () -> "no '" + invitation + "' in: " + message);
    assertEquals(named, message.contains(customer.givenName().orElse("\0"))
        || message.contains(customer.familyName().orElse("\0")), message);
  }

  @ParameterizedTest(name = "{0} {1} {2} named={3}")
  @MethodSource("messages")
  void nothingButTheNameComesFromOutside(String tag, Set<HandoffReason> reasons,
      Formality formality, boolean named) {
    Customer customer = customer(tag, formality, named);
    boolean japanese = tag.equals("ja");
    Customer other = customer.toBuilder().givenName(named ? japanese ? "花子" : "Qzx" : null)
        .familyName(named ? japanese ? "山田" : "Vwk" : null).build();
    String message = HANDOFF.message(customer, reasons, NOW);
    String otherMessage = HANDOFF.message(other, reasons, NOW);
    if (named) {
      assertEquals(strip(message, customer), strip(otherMessage, other));
    } else {
      assertEquals(message, otherMessage);
    }
  }

  /** The message with every part of the customer's name taken out. */
  private static String strip(String message, Customer customer) {
    return message.replace(customer.familyName().orElseThrow(), "")
        .replace(customer.givenName().orElseThrow(), "");
  }

  @Test
  void theTemplatesTakeNoArgumentButTheirOwnAndTheName() {
    for (Template template : HANDOFF.catalog().templates()) {
      Set<String> used = new TreeSet<>();
      MessagePattern pattern = new MessagePattern(template.pattern());
      for (int i = 0; i < pattern.countParts(); i++) {
        if (pattern.getPartType(i) == MessagePattern.Part.Type.ARG_NAME) {
          used.add(pattern.getSubstring(pattern.getPart(i)));
        }
      }
      Set<String> allowed = template.key().equals(Handoff.REPLY_KEY)
          ? Set.of("named", "reason", "formality", "customerName") : Set.of();
      assertTrue(allowed.containsAll(used), template.key() + " " + template.locale() + ": " + used);
    }
  }

  @Test
  void theAdviceToDeleteThePostIsGivenOnlyWhenTheCustomerPostedTheirData() {
    Map<String, String> delete = Map.of("en", "delet", "ja", "削除", "de", "lösch", "fr", "supprim",
        "es", "borr", "pt", "apag");
    for (String tag : TAGS) {
      String word = delete.get(Locale.forLanguageTag(tag).getLanguage());
      for (HandoffReason reason : HandoffReason.values()) {
        String message = HANDOFF.message(customer(tag, Formality.NEUTRAL, true), reason, NOW);
        assertEquals(reason == HandoffReason.PERSONAL_DATA_IN_INBOUND, message.contains(word),
            tag + " " + reason + ": " + message);
      }
    }
  }
}
