package dev.tact.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class OutputFormatTest {
  @Test
  void plainTextIsLeftAlone() {
    String name = "<b>{0}</b> & 'co'";
    assertSame(name, OutputFormat.PLAIN.escape(name));
  }

  @Test
  void htmlEscapesTheFiveSpecialCharacters() {
    assertEquals("&lt;b&gt;Bob&lt;/b&gt; &amp; &quot;co&quot; l&#39;équipe",
        OutputFormat.HTML.escape("<b>Bob</b> & \"co\" l'équipe"));
    assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;", OutputFormat.HTML.escape("<script>alert(1)</script>"));
    assertEquals("&amp;lt;", OutputFormat.HTML.escape("&lt;")); // an entity stays literal
  }

  @Test
  void htmlReturnsTheSameInstanceWhenNothingNeedsEscaping() {
    String name = "山田太郎 Müller José";
    assertSame(name, OutputFormat.HTML.escape(name));
  }

  @Test
  void markdownEscapesInlineMarkup() {
    assertEquals("\\*bold\\* \\_it\\_ \\`code\\` \\[link\\]\\(http\\:\\/\\/x\\.y\\)",
        OutputFormat.MARKDOWN.escape("*bold* _it_ `code` [link](http://x.y)"));
    assertEquals("\\<img src\\=x\\> \\&amp\\;", OutputFormat.MARKDOWN.escape("<img src=x> &amp;"));
  }

  @Test
  void markdownTextCannotStartABlockAtALineStart() {
    assertEquals("1\\. Order", OutputFormat.MARKDOWN.escape("1. Order"));
    assertEquals("\\# Title", OutputFormat.MARKDOWN.escape("# Title"));
    assertEquals("\\> quote", OutputFormat.MARKDOWN.escape("> quote"));
    assertEquals("\\- item", OutputFormat.MARKDOWN.escape("- item"));
    assertEquals("\\`\\`\\`java", OutputFormat.MARKDOWN.escape("```java"));
    assertEquals("\\|a\\|b\\|", OutputFormat.MARKDOWN.escape("|a|b|"));
  }

  @Test
  void markdownNewlinesBecomeHardBreaksSoNoBlankLineEndsTheParagraph() {
    assertEquals("Line one\\\n\\\n\\# injected", OutputFormat.MARKDOWN.escape("Line one\n\n# injected"));
    assertEquals("a\\\nb\\\nc", OutputFormat.MARKDOWN.escape("a\r\nb\rc"));
  }

  @Test
  void markdownLeadingIndentCollapsesSoNoCodeBlockStarts() {
    assertEquals(" code\\\n indented", OutputFormat.MARKDOWN.escape("    code\n\t\tindented"));
  }

  @Test
  void markdownLeavesLettersOfEveryScriptAlone() {
    String text = "山田様 Müller مرحبا שלום 😀";
    assertSame(text, OutputFormat.MARKDOWN.escape(text));
  }
}
