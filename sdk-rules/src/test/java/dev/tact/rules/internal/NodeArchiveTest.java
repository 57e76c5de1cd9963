package dev.tact.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class NodeArchiveTest {
  private static final Path SOURCES = Path.of("src/main/resources/dev/tact/rules");

  /**
   * The archives the build writes are the YAML files' own trees, locations included: reading a
   * built-in file from its archive changes nothing, and an archive older than its YAML fails here.
   */
  @Test
  void everyBuiltInArchiveHoldsTheTreeOfItsYamlFile() throws IOException {
    List<Path> files;
    try (Stream<Path> paths = Files.walk(SOURCES)) {
      files = paths.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertTrue(files.size() > 70, "expected every pack, metadata, mood and code file, got " + files.size());
    for (Path file : files) {
      String source = BuiltIns.ROOT + SOURCES.relativize(file).toString().replace('\\', '/');
      Node expected = NodeReader.read(Files.readString(file, StandardCharsets.UTF_8), source);
      Node archived = BuiltIns.document(source);
      assertEquals(expected, archived, source);
      assertEquals(expected.toString(), archived.toString(), source + ": key order");
    }
  }

  @Test
  void treeSurvivesTheRoundTripWithQuotesNullsLocationsAndAnyText() {
    Node yaml = NodeReader.read("""
        language: ja
        phrases:
          - id: "quoted"
            patterns: [ご確認いただくだけ, 'single ⟦quoted⟧ 😂', "\\\\ back\\\\slash"]
            message: ~
          - {}
          - []
        empty:
        """, "test.yaml");
    assertEquals(yaml, NodeArchive.read(NodeArchive.write(yaml), "test.yaml.node"));

    Map<String, Node.Entry> entries = new LinkedHashMap<>();
    Node.Location unknown = new Node.Location(0, 0, -1);
    Node.Location far = new Node.Location(1 << 20, 300, 5_000_000_000L);
    entries.put("z", new Node.Entry("z", far, new Node.Scalar(unknown, "", true, false)));
    entries.put("a", new Node.Entry("a", unknown, new Node.Sequence(far, List.of())));
    Node built = new Node.Mapping(unknown, entries);
    Node back = NodeArchive.read(NodeArchive.write(built), "built.node");
    assertEquals(built, back);
    assertEquals(List.of("z", "a"), List.copyOf(((Node.Mapping) back).entries().keySet()));
  }

  @Test
  void damagedArchiveNamesItselfAndSaysToRebuild() {
    byte[] good = NodeArchive.write(NodeReader.read("language: en\nrule: tone.idiom\n", "x.yaml"));
    byte[] truncated = Arrays.copyOf(good, good.length - 3);
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> NodeArchive.read(truncated, "packs/en/x.yaml.node"));
    assertTrue(e.getMessage().contains("packs/en/x.yaml.node"), e.getMessage());
    assertTrue(e.getMessage().contains("rebuild sdk-rules"), e.getMessage());

    byte[] notAnArchive = "language: en\n".getBytes(StandardCharsets.UTF_8);
    assertThrows(IllegalStateException.class, () -> NodeArchive.read(notAnArchive, "y.node"));
    byte[] trailing = Arrays.copyOf(good, good.length + 1);
    assertThrows(IllegalStateException.class, () -> NodeArchive.read(trailing, "z.node"));
  }

  @Test
  void builtInFileWithoutArchiveIsAnErrorThatSaysHowToRegenerate() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> BuiltIns.document(BuiltIns.ROOT + "packs/en/no-such-file.yaml"));
    assertTrue(e.getMessage().contains("process-classes"), e.getMessage());
    assertFalse(e.getMessage().isBlank());
  }
}
