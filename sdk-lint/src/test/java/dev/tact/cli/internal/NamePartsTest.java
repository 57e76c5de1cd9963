package dev.tact.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How one {@code customer.name} string becomes given and family name, by script. */
class NamePartsTest {

  @Test
  void aLatinNameIsGivenThenFamily() {
    assertEquals(new NameParts("Maria", "Müller"), NameParts.split("Maria Müller"));
    assertEquals(new NameParts("Mary Ann", "Smith"), NameParts.split("Mary Ann Smith"));
    assertEquals(new NameParts("Jean-Luc", "Picard"), NameParts.split("  Jean-Luc   Picard "));
  }

  @Test
  void aLowerCaseParticleStartsTheFamilyName() {
    assertEquals(new NameParts("Ludwig", "van Beethoven"), NameParts.split("Ludwig van Beethoven"));
    assertEquals(new NameParts("João", "da Silva"), NameParts.split("João da Silva"));
    assertEquals(new NameParts("María", "de la Cruz"), NameParts.split("María de la Cruz"));
    assertEquals(new NameParts("Ursula", "von der Leyen"), NameParts.split("Ursula von der Leyen"));
  }

  @Test
  void oneLatinWordIsAGivenName() {
    assertEquals(new NameParts("Sam", null), NameParts.split("Sam"));
    assertEquals(new NameParts("bell", "hooks"), NameParts.split("bell hooks"));
  }

  @Test
  void aNameInAnotherRightToLeftOrCaselessScriptIsGivenThenFamily() {
    assertEquals(new NameParts("ليلى", "حسن"), NameParts.split("ليلى حسن"));
    assertEquals(new NameParts("Алексей", "Смирнов"), NameParts.split("Алексей Смирнов"));
  }

  @Test
  void anEastAsianNameWithASpaceIsFamilyThenGiven() {
    assertEquals(new NameParts("由紀", "田中"), NameParts.split("田中 由紀"));
    assertEquals(new NameParts("由紀", "田中"), NameParts.split("田中\u3000由紀"), "a full-width space");
    assertEquals(new NameParts("민준", "김"), NameParts.split("김 민준"));
    assertEquals(new NameParts("ゆき", "たなか"), NameParts.split("たなか ゆき"));
  }

  @Test
  void anEastAsianNameWithoutASpaceIsAllFamilyName() {
    assertEquals(new NameParts(null, "田中由紀"), NameParts.split("田中由紀"));
    assertEquals(new NameParts(null, "김민준"), NameParts.split("김민준"));
  }

  @Test
  void aBlankNameHasNoParts() {
    assertEquals(new NameParts(null, null), NameParts.split(""));
    assertEquals(new NameParts(null, null), NameParts.split(" \u3000\t"));
  }
}
