package dev.tact.examples.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the example and checks what it prints, line by line. */
class SlaBoardTest {
  @Test
  void printsOneDueTimePerTicketInTheCustomersClock() {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      SlaBoard.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    List<String> lines = buffer.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(6, lines.size(), String.join("\n", lines));
    // Monday 23 Nov is a holiday in Tokyo, so Ana's ticket waits for Dublin (09:00 = 06:00 in Sao Paulo) + 1h.
    assertTrue(lines.get(1).startsWith("ana      Sun 22 Nov 21:30"), lines.get(1));
    assertTrue(lines.get(1).endsWith("Mon 23 Nov 07:00 America/Sao_Paulo"), lines.get(1));
    // Saturday: only Chicago opens, 10:00-14:00 local (16:00-20:00Z); Lea's ticket is due at 17:00Z = 18:00 Paris.
    assertTrue(lines.get(3).endsWith("Sat 28 Nov 18:00 Europe/Paris"), lines.get(3));
    // Saturday 21:00Z is after Chicago closed: Monday 00:00Z Tokyo opens, due 01:00Z = Sunday 17:00 in LA.
    assertTrue(lines.get(4).endsWith("Sun 29 Nov 17:00 America/Los_Angeles"), lines.get(4));
  }
}
