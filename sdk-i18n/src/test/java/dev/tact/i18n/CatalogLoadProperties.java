package dev.tact.i18n;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** No file content makes a catalog load throw anything but a {@link TemplateException}. */
class CatalogLoadProperties {

  private static void load(String name, String text) {
    try {
      TemplateCatalog catalog = TemplateCatalog.builder().source(name, text).build();
      for (Template template : catalog.templates()) {
        if (template.pattern().isEmpty()) {
          throw new AssertionError("an empty pattern loaded from " + text);
        }
      }
    } catch (TemplateException expected) {
      for (TemplateException.Problem problem : expected.problems()) {
        if (!problem.check().startsWith("template.")) {
          throw new AssertionError("unexpected check id " + problem.check());
        }
      }
    }
  }

  @Property(tries = 1000)
  void anyTextLoadsOrFailsWithATemplateException(@ForAll String text, @ForAll("names") String name) {
    load(name, text);
  }

  @Property(tries = 2000)
  void catalogLikeTextLoadsOrFailsWithATemplateException(@ForAll("yamlLike") String text,
      @ForAll("names") String name) {
    load(name, text);
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.of("en.yaml", "ar.yml", "ja.json", "root.yaml", "pt-BR.json", "xx.yaml",
        "en.txt", "sub/dir/ru.yaml", "pt_BR.yaml", ".yaml");
  }

  /** Texts made of YAML, JSON and MessageFormat tokens, so that most get deep into the loader. */
  @Provide
  Arbitrary<String> yamlLike() {
    Arbitrary<String> token = Arbitraries.of(
        "k", "a.b", "text", "arguments", "fallback", "required", "true", "channel", "x.reply",
        "maxLength", "280", "tact-ignore", "reason", "visibility", "public", ":", ": ", "\n",
        "\n  ", "\n    ", "- ", "{", "}", "[", "]", ",", "'", "\"", "\\", "\\u00e9", "\\U0001F600",
        "|", ">-", "#", " # c", "&a ", "*a", "!!str ", "{n, plural, one{#} other{#}}",
        "{name}", "{greeting}", "{n, select, x{y}}", "{0}", "'{x}'", "l'{x}", "\u202e", "\t",
        "\r\n", "---", "...", "~", "null", "\ufeff", "\ud83d\ude00", "ü");
    return token.list().ofMaxSize(30).map(parts -> String.join("", parts));
  }
}
