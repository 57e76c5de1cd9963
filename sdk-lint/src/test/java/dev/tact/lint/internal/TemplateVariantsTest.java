package dev.tact.lint.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.i18n.Template;
import dev.tact.i18n.TemplateCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every branch × formality is rendered, and each rendered character maps back to the pattern. */
class TemplateVariantsTest {
  private static final SampleValues SAMPLES = new SampleValues();
  private static final String N_REQUIRED = "  arguments: {n: {required: true}}\n";

  private static Template template(String file, String pattern, String args) {
    return TemplateCatalog.builder()
        .source(file, "t:\n  text: \"" + pattern + "\"\n" + args).build().templates().get(0);
  }

  private static List<String> texts(Template template) {
    return TemplateVariants.of(template, SAMPLES).stream().map(RenderedVariant::text).toList();
  }

  @Test
  void eachPluralCategoryOfTheLocaleIsRenderedWithANumberOfThatCategory() {
    assertEquals(List.of("1 item", "0 items"),
        texts(template("en.yaml", "{n, plural, one{# item} other{# items}}", N_REQUIRED)));
    List<String> arabic = texts(template("ar.yaml", "{n, plural, zero{صفر} one{واحد} two{اثنان}"
        + " few{قليل} many{كثير} other{آخر}}", N_REQUIRED));
    assertEquals(List.of("صفر", "واحد", "اثنان", "قليل", "كثير", "آخر"), arabic);
    assertEquals(List.of("0 点"), texts(template("ja.yaml", "{n, plural, other{# 点}}", N_REQUIRED)));
  }

  @Test
  void explicitValuesAndOffsetsChooseTheirOwnBranch() {
    assertEquals(List.of("none", "1 left", "0 more"),
        texts(template("en.yaml", "{n, plural, offset:1 =0{none} one{# left} other{# more}}",
            N_REQUIRED)).subList(0, 3));
  }

  @Test
  void theFormalitySelectAndTheBuiltInsFollowEachFormality() {
    Template template = template("de.yaml", "{greeting}! {formality, select, casual{Starte neu.}"
        + " other{Bitte starten Sie neu.}}", "");
    List<RenderedVariant> variants = TemplateVariants.of(template, SAMPLES);
    assertEquals(List.of("Guten Tag! Bitte starten Sie neu.", "Hallo! Bitte starten Sie neu.",
        "Hallo! Starte neu."), variants.stream().map(RenderedVariant::text).toList());
    assertEquals("formality=casual", variants.get(2).label());
  }

  @Test
  void everySelectBranchAndTheOtherBranchShow() {
    List<String> texts = texts(template("en.yaml",
        "{plan, select, pro{Pro} free{Free} other{Custom}} plan", "  arguments: {plan: {required: true}}\n"));
    assertEquals(List.of("Pro plan", "Free plan", "Custom plan"), texts);
  }

  @Test
  void renderedCharactersMapBackToTheirPatternCharactersAndValuesToTheirPlaceholder() {
    String pattern = "Hi {name}, {n, plural, one{# item} other{# items}} left";
    Template template = template("en.yaml", pattern,
        "  arguments: {name: {fallback: there}, n: {required: true}}\n");
    RenderedVariant one = TemplateVariants.of(template, SAMPLES).get(0);
    assertEquals("Hi Sam, 1 item left", one.text());
    int item = one.text().indexOf("item");
    assertArrayEquals(new int[] {pattern.indexOf("item"), pattern.indexOf("item") + 4},
        one.patternRange(item, item + 4));
    int hi = one.text().indexOf("Hi Sam");
    assertArrayEquals(new int[] {0, pattern.indexOf('}') + 1}, one.patternRange(hi, hi + 6));
    assertNull(one.patternRange(3, 6), "only the sample name");
  }

  @Test
  void combinationsPastTheLimitStillShowEveryBranch() {
    StringBuilder pattern = new StringBuilder();
    StringBuilder args = new StringBuilder("  arguments: {");
    for (int i = 0; i < 5; i++) {
      pattern.append("{a").append(i).append(", select, x{X").append(i).append("} y{Y").append(i)
          .append("} z{Z").append(i).append("} w{W").append(i).append("} other{O").append(i)
          .append("}} ");
      args.append(i == 0 ? "" : ", ").append("a").append(i).append(": {required: true}");
    }
    List<String> texts = texts(template("en.yaml", pattern.toString().strip(), args + "}\n"));
    assertTrue(texts.size() <= TemplateVariants.MAX_VARIANTS, "3125 combinations are not rendered");
    for (int i = 0; i < 5; i++) {
      for (String branch : List.of("X", "Y", "Z", "W", "O")) {
        String word = branch + i;
        assertTrue(texts.stream().anyMatch(t -> t.contains(word)), word);
      }
    }
  }
}
