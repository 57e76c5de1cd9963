package dev.tact.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TactExceptionTest {
  private static final class Sample extends TactException {
    private static final long serialVersionUID = 1L;

    Sample(String problem, String source, int line, int column) {
      super(problem, source, line, column, null);
    }
  }

  @Test
  void theMessageLeadsWithTheLocation() {
    assertEquals("en.yaml:40:7: unknown argument", new Sample("unknown argument", "en.yaml", 40, 7).getMessage());
    assertEquals("en.yaml:40: unknown argument", new Sample("unknown argument", "en.yaml", 40, 0).getMessage());
    assertEquals("unknown argument", new Sample("unknown argument", null, 0, 0).getMessage());
    assertEquals("unknown argument", new Sample("unknown argument", "en.yaml", 40, 7).problem());
  }
}
