package dev.tact.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.i18n.internal.EscapeMarkdown;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class OutputFormatProperties {

  @Property(tries = 1000)
  void htmlEscapingLeavesNoMarkupCharacterAndUnescapesToTheInput(@ForAll("markupy") String text) {
    String escaped = OutputFormat.HTML.escape(text);
    assertFalse(escaped.contains("<") || escaped.contains(">") || escaped.contains("\"") || escaped.contains("'"));
    for (int i = escaped.indexOf('&'); i >= 0; i = escaped.indexOf('&', i + 1)) {
      String rest = escaped.substring(i);
      assertTrue(rest.startsWith("&amp;") || rest.startsWith("&lt;") || rest.startsWith("&gt;")
          || rest.startsWith("&quot;") || rest.startsWith("&#39;"), rest);
    }
    assertEquals(text, unescapeHtml(escaped));
  }

  @Property(tries = 1000)
  void markdownEscapingLeavesNoUnescapedAsciiPunctuation(@ForAll("markupy") String text) {
    String escaped = OutputFormat.MARKDOWN.escape(text);
    for (int i = 0; i < escaped.length(); i++) {
      char c = escaped.charAt(i);
      if (c == '\\') {
        assertTrue(i + 1 < escaped.length(), "a dangling backslash in " + escaped);
        char next = escaped.charAt(++i);
        assertTrue(EscapeMarkdown.isAsciiPunctuation(next) || next == '\n', "\\" + next + " in " + escaped);
      } else {
        assertFalse(EscapeMarkdown.isAsciiPunctuation(c), "unescaped " + c + " in " + escaped);
        assertTrue(c != '\r', "a carriage return in " + escaped);
        if (c == '\n') {
          throw new AssertionError("a newline without a hard-break backslash in " + escaped);
        }
      }
    }
    assertFalse(escaped.contains("\n  ") || escaped.contains("\n\t") || escaped.startsWith("  "),
        "an indented line in " + escaped);
  }

  private static String unescapeHtml(String escaped) {
    return escaped.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&amp;", "&");
  }

  @Provide
  Arbitrary<String> markupy() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(100),
        Arbitraries.strings().withChars("<>&\"'*_`[]()#!|-+=~\\ \t\r\n1.a山é😀").ofMaxLength(100));
  }
}
