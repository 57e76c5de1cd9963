package dev.tact.cli;

import static dev.tact.cli.TactRun.tact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * {@code tact lint} on the test catalog and pack, in every format, against the golden outputs in
 * {@code src/test/resources/dev/tact/cli/lint-golden.*}. After an intended change, rewrite them with
 * {@code mvn -B -q -pl sdk-lint -am test -Dtest=LintGoldenTest -Dtact.golden.write=true
 * -Dsurefire.failIfNoSpecifiedTests=false} and review the diff.
 */
class LintGoldenTest {
  private static final String CATALOG = "src/test/resources/dev/tact/lint/catalog";
  private static final String PACKS = "src/test/resources/dev/tact/lint/packs";
  private static final Path GOLDEN = Path.of("src/test/resources/dev/tact/cli");

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "sarif"})
  void eachFormatMatchesItsGoldenOutput(String format) throws IOException {
    TactRun run = tact("", "lint", CATALOG, PACKS, "--format", format);
    assertEquals(1, run.exitCode(), run.err());
    Path golden = GOLDEN.resolve("lint-golden." + format);
    if (Boolean.getBoolean("tact.golden.write")) {
      Files.writeString(golden, run.out(), StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), run.out());
  }

  @Test
  void sarifIsValidAgainstTheOasisSchema() throws IOException {
    TactRun run = tact("", "lint", CATALOG, PACKS, "--format", "sarif");
    Set<ValidationMessage> problems = validate(run.out());
    assertTrue(problems.isEmpty(), problems.toString());
    JsonNode log = new ObjectMapper().readTree(run.out());
    JsonNode rules = log.at("/runs/0/tool/driver/rules");
    assertEquals(log.at("/runs/0/results").findValuesAsText("ruleId").stream().distinct().count(),
        rules.size(), "one rule entry per rule id");
    assertEquals("https://tact.dev/docs/rules/tone.minimizing.md",
        rules.findValues("helpUri").stream().map(JsonNode::asText)
            .filter(uri -> uri.endsWith("tone.minimizing.md")).findFirst().orElseThrow());
  }

  @Test
  void theValidatorRejectsAnInvalidLog() {
    assertTrue(!validate("{\"version\":\"2.1.0\",\"runs\":[{\"results\":[]}]}").isEmpty(),
        "a run without a tool is invalid");
    assertTrue(!validate("{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"t\"}},"
        + "\"results\":[{\"message\":{\"text\":\"m\"},\"level\":\"fatal\"}]}]}").isEmpty(),
        "fatal is not a level");
  }

  private static Set<ValidationMessage> validate(String json) {
    try (InputStream schema = LintGoldenTest.class.getResourceAsStream(
        "/dev/tact/lint/sarif/sarif-schema-2.1.0.json")) {
      JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
      SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
          .formatAssertionsEnabled(true).build();
      JsonSchema validator = factory.getSchema(schema, config);
      return validator.validate(new ObjectMapper().readTree(json));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
