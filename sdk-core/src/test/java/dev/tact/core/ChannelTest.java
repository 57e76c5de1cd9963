package dev.tact.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ChannelTest {
  @Test
  void builtInChannelsCoverPublicAndPrivateCare() {
    assertTrue(Channel.X_REPLY.isPublic());
    assertEquals(Optional.of(280), Channel.X_REPLY.maxLength());
    assertEquals(LengthCounting.X_WEIGHTED, Channel.X_REPLY.lengthCounting());
    assertFalse(Channel.X_DM.isPublic());
    assertEquals(Optional.empty(), Channel.EMAIL.maxLength());
    assertEquals(Optional.of(Channel.LINE), Channel.builtIn("line"));
    assertEquals(Optional.empty(), Channel.builtIn("fax"));
    Set<String> ids = Channel.builtIn().stream().map(Channel::id).collect(Collectors.toSet());
    assertEquals(Channel.builtIn().size(), ids.size(), "ids are unique");
  }

  @Test
  void vendorsDefineTheirOwn() {
    Channel kiosk = Channel.builder("acme.kiosk-chat").visibility(Visibility.PRIVATE)
        .maxLength(500, LengthCounting.CODE_POINTS).build();
    assertEquals("acme.kiosk-chat (private, 500 code_points)", kiosk.toString());
    assertEquals(kiosk, Channel.builder("acme.kiosk-chat").visibility(Visibility.PRIVATE)
        .maxLength(500, LengthCounting.CODE_POINTS).build());
  }

  @Test
  void rejectsBadIdsAndMissingVisibility() {
    assertThrows(IllegalArgumentException.class, () -> Channel.builder("Acme Chat"));
    assertThrows(IllegalArgumentException.class, () -> Channel.builder("acme..chat"));
    assertThrows(IllegalArgumentException.class, () -> Channel.builder("x").maxLength(0, LengthCounting.CODE_POINTS));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Channel.builder("acme.chat").build());
    assertTrue(e.getMessage().contains("visibility"));
  }
}
