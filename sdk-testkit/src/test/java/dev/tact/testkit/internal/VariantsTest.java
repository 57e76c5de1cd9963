package dev.tact.testkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tact.i18n.TemplateCatalog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VariantsTest {
  private static List<String> texts(String file, String yaml) {
    List<String> texts = new ArrayList<>();
    for (Variants.Text text : Variants.of(TemplateCatalog.builder().source(file, yaml).build())) {
      texts.add(text.key() + " [" + text.locale().toLanguageTag() + "] " + text.text());
    }
    return texts;
  }

  @Test
  void everyPluralCategoryOfTheLocaleIsRendered() {
    assertEquals(List.of(
            "items [ru] 1 товар", "items [ru] 2 товара", "items [ru] 0 товаров",
            "items [ru] 1,5 товара"),
        texts("ru.yaml", """
            items:
              text: "{n, plural, one{# товар} few{# товара} many{# товаров} other{# товара}}"
              arguments: {n: {required: true}}
            """));
  }

  @Test
  void explicitBranchesComeFirstAndCategoriesTakeOtherNumbers() {
    assertEquals(List.of("items [en] No items", "items [en] One item", "items [en] 2 items"),
        texts("en.yaml", """
            items:
              text: "{n, plural, =0{No items} one{One item} other{# items}}"
              arguments: {n: {required: true}}
            """));
  }

  @Test
  void anOffsetIsAddedToTheCategorySamples() {
    assertEquals(List.of(
            "waiting [de] Niemand wartet seit 10. März 2026.",
            "waiting [de] who wartet seit 10. März 2026.",
            "waiting [de] who und eine weitere Person warten seit 10. März 2026.",
            "waiting [de] who und 2 weitere warten seit 10. März 2026."),
        texts("de.yaml", """
            waiting:
              text: "{n, plural, offset:1 =0{Niemand wartet} =1{{who} wartet} one{{who} und eine weitere Person warten} other{{who} und # weitere warten}} seit {since, date, long}."
              arguments: {n: {required: true}, who: {required: true}, since: {required: true}}
            """));
  }

  @Test
  void selectordinalUsesTheOrdinalCategories() {
    assertEquals(List.of("place [en] 1st place", "place [en] 2nd place", "place [en] 3rd place",
            "place [en] 0th place"),
        texts("en.yaml", """
            place:
              text: "{n, selectordinal, one{#st} two{#nd} few{#rd} other{#th}} place"
              arguments: {n: {required: true}}
            """));
  }

  @Test
  void selectKeywordsAndFormalitiesMultiply() {
    assertEquals(List.of(
            "welcome [fr] Bonjour Madame, Monsieur, votre commande est prête.",
            "welcome [fr] Bonjour à vous, votre commande est prête.",
            "welcome [fr] Salut à toi, ta commande est prête."),
        texts("fr.yaml", """
            welcome: "{greeting} {customerName}, {formality, select, casual{ta} other{votre}} commande est prête."
            """));
  }

  @Test
  void textArgumentsShowTheirNameAndNumbersAreThree() {
    assertEquals(List.of("shipped [es] Tu pedido orderId (3 artículos) va en camino."),
        texts("es.yaml", """
            shipped:
              text: "Tu pedido {orderId} ({n, number} artículos) va en camino."
              arguments: {orderId: {required: true}, n: {required: true}}
            """));
  }

  @Test
  void anArgumentNumericInOneLocaleIsANumberInAll() {
    TemplateCatalog catalog = TemplateCatalog.builder()
        .source("en.yaml", """
            cart:
              text: "{count, plural, one{One item} other{# items}} in your cart."
              arguments: {count: {required: true}}
            """)
        .source("pt.yaml", """
            cart:
              text: "Há {count} itens no seu carrinho."
              arguments: {count: {required: true}}
            """)
        .build();
    assertEquals(new Variants.Text("cart", java.util.Locale.forLanguageTag("pt"),
            "Há 3 itens no seu carrinho."),
        Variants.of(catalog).get(2));
  }
}
