package dev.tact.rules.internal;

import dev.tact.rules.RulePackException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A {@link Node} tree in a compact binary form, so that the built-in data files are parsed once, when
 * sdk-rules is built, instead of by SnakeYAML in every JVM that builds a {@code Tact} (loading and
 * running the YAML parser was about a quarter of the first build). The YAML files stay the only
 * source: the build runs {@link #main} at the {@code process-classes} phase, which writes
 * {@code <file>.node} beside every built-in {@code <file>.yaml} in the output folder, and
 * {@code BuiltInArchiveTest} checks every archive against the YAML it came from.
 *
 * <p>Format (version {@value #VERSION}): the magic {@code TACTNODE}, the version, then the root node.
 * A node is a kind byte ({@code M} mapping, {@code S} sequence, {@code V} scalar, {@code Q} quoted
 * scalar, {@code N} null), its location (line, column, offset + 1, each an unsigned varint), then for
 * a mapping the entry count and per entry the key, the key's location and the value; for a sequence
 * the item count and the items; for a scalar its text. Texts are a varint byte count and UTF-8.
 */
public final class NodeArchive {
  /** The suffix added to a data file's name for its archive. */
  public static final String SUFFIX = ".node";

  private static final byte[] MAGIC = "TACTNODE".getBytes(StandardCharsets.US_ASCII);
  private static final int VERSION = 1;

  private final byte[] bytes;
  private final String source;
  private int pos;

  private NodeArchive(byte[] bytes, String source) {
    this.bytes = bytes;
    this.source = source;
  }

  /**
   * Writes the archive of every built-in data file: {@code args[0]} is the folder of the data files
   * ({@code dev/tact/rules} in the build output), whose {@code packs/<lang>/}, {@code meta/},
   * {@code mood/} and {@code code/} files ({@code .yaml}, {@code .yml}, {@code .json}) each get a
   * {@code .node} file beside them.
   *
   * @throws RulePackException if a file is not well-formed (the build fails, naming the file, line
   *     and column)
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: NodeArchive <folder of dev/tact/rules>");
    }
    Path root = Path.of(args[0]);
    List<Path> files = new ArrayList<>();
    try (Stream<Path> paths = Files.walk(root)) {
      paths.filter(NodeArchive::isDataFile).forEach(files::add);
    }
    for (Path file : files) {
      String relative = root.relativize(file).toString().replace('\\', '/');
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Node node = NodeReader.read(text, BuiltIns.ROOT + relative);
      Files.write(file.resolveSibling(file.getFileName() + SUFFIX), write(node));
    }
  }

  private static boolean isDataFile(Path file) {
    String name = file.getFileName().toString();
    return Files.isRegularFile(file)
        && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
  }

  /** The archive of {@code root}. */
  public static byte[] write(Node root) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(MAGIC);
    varint(out, VERSION);
    node(out, root);
    return out.toByteArray();
  }

  /**
   * The tree in an archive written by {@link #write}.
   *
   * @param source the archive's name, for the message of a damaged archive
   * @throws IllegalStateException if the archive is damaged or of another version
   */
  public static Node read(byte[] bytes, String source) {
    NodeArchive in = new NodeArchive(bytes, source);
    for (byte b : MAGIC) {
      if (in.pos >= bytes.length || bytes[in.pos++] != b) {
        throw in.damaged("not an archive");
      }
    }
    int version = in.varint();
    if (version != VERSION) {
      throw in.damaged("version " + version + ", expected " + VERSION);
    }
    Node root = in.node();
    if (in.pos != bytes.length) {
      throw in.damaged("bytes after the root node");
    }
    return root;
  }

  // ---------------------------------------------------------------- writing

  private static void node(ByteArrayOutputStream out, Node node) {
    if (node instanceof Node.Mapping map) {
      out.write('M');
      location(out, map.location());
      varint(out, map.entries().size());
      for (Node.Entry entry : map.entries().values()) {
        text(out, entry.key());
        location(out, entry.keyLocation());
        node(out, entry.value());
      }
    } else if (node instanceof Node.Sequence list) {
      out.write('S');
      location(out, list.location());
      varint(out, list.items().size());
      for (Node item : list.items()) {
        node(out, item);
      }
    } else {
      Node.Scalar scalar = (Node.Scalar) node;
      out.write(scalar.isNull() ? 'N' : scalar.quoted() ? 'Q' : 'V');
      location(out, scalar.location());
      if (!scalar.isNull()) {
        text(out, scalar.text());
      }
    }
  }

  private static void location(ByteArrayOutputStream out, Node.Location at) {
    varint(out, at.line());
    varint(out, at.column());
    varint(out, at.offset() + 1);
  }

  private static void text(ByteArrayOutputStream out, String text) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    varint(out, utf8.length);
    out.writeBytes(utf8);
  }

  private static void varint(ByteArrayOutputStream out, long value) {
    if (value < 0) {
      throw new IllegalArgumentException("negative value in an archive: " + value);
    }
    long v = value;
    while (v >= 0x80) {
      out.write((int) (v & 0x7f) | 0x80);
      v >>>= 7;
    }
    out.write((int) v);
  }

  // ---------------------------------------------------------------- reading

  private Node node() {
    if (pos >= bytes.length) {
      throw damaged("truncated");
    }
    byte kind = bytes[pos++];
    Node.Location at = location();
    switch (kind) {
      case 'M': {
        int size = varint();
        Map<String, Node.Entry> entries = new LinkedHashMap<>(size * 2);
        for (int i = 0; i < size; i++) {
          String key = text();
          Node.Location keyAt = location();
          entries.put(key, new Node.Entry(key, keyAt, node()));
        }
        return new Node.Mapping(at, entries);
      }
      case 'S': {
        int size = varint();
        List<Node> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
          items.add(node());
        }
        return new Node.Sequence(at, items);
      }
      case 'V':
        return new Node.Scalar(at, text(), false, false);
      case 'Q':
        return new Node.Scalar(at, text(), true, false);
      case 'N':
        return new Node.Scalar(at, "", false, true);
      default:
        throw damaged("unknown node kind " + kind);
    }
  }

  private Node.Location location() {
    int line = varint();
    int column = varint();
    long offset = varlong() - 1;
    return new Node.Location(line, column, offset);
  }

  private String text() {
    int length = varint();
    if (length > bytes.length - pos) {
      throw damaged("truncated");
    }
    String text = new String(bytes, pos, length, StandardCharsets.UTF_8);
    pos += length;
    return text;
  }

  private int varint() {
    long value = varlong();
    if (value > Integer.MAX_VALUE) {
      throw damaged("a number is too large");
    }
    return (int) value;
  }

  private long varlong() {
    long value = 0;
    for (int shift = 0; shift < 63; shift += 7) {
      if (pos >= bytes.length) {
        throw damaged("truncated");
      }
      byte b = bytes[pos++];
      value |= (long) (b & 0x7f) << shift;
      if (b >= 0) {
        return value;
      }
    }
    throw damaged("a number is too long");
  }

  private IllegalStateException damaged(String what) {
    return new IllegalStateException(source + " is damaged (" + what + " at byte " + pos
        + "); rebuild sdk-rules, which regenerates it from the YAML file");
  }
}
