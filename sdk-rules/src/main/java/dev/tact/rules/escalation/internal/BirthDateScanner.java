package dev.tact.rules.escalation.internal;

import dev.tact.core.Span;
import dev.tact.rules.escalation.PersonalDataKind;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Dates of birth: a date ({@link DateScanner}) after a label in English, Japanese, German, French,
 * Spanish or Portuguese ("DOB: 02/01/1990", "born on May 5, 1990", 「生年月日：1990年1月2日」,
 * "Geburtsdatum 2.1.1990", "date de naissance : 5 mai 1990", "fecha de nacimiento 5 de mayo de
 * 1990", "data de nascimento 05/05/1990"). The span covers the date.
 */
public final class BirthDateScanner implements LabelledScanner {
  private static final List<String> LABELS = List.of("dob", "d.o.b.", "d.o.b", "date of birth", "birth date",
      "birthdate", "born on", "born", "birthday", "生年月日", "誕生日", "geburtsdatum", "geb.-datum",
      "geburtstag", "geboren am", "geboren", "geb.", "date de naissance", "né le", "née le", "né(e) le",
      "anniversaire", "fecha de nacimiento", "nacido el", "nacida el", "f. nac.", "cumpleaños",
      "data de nascimento", "nascido em", "nascida em", "aniversário", "data nasc.");

  private static final FillerScanner FILLER = new FillerScanner(":=は-", ":=",
      Set.of("is", "was", "on", "the", "am", "ist", "war", "le", "est", "el", "es", "em", "é", "my", "mein",
          "meine", "mon", "ma", "mi", "meu", "minha", "o", "a", "de"),
      Set.of());

  @Override
  public PersonalDataKind kind() {
    return PersonalDataKind.DATE_OF_BIRTH;
  }

  @Override
  public List<String> labels() {
    return LABELS;
  }

  @Override
  public @Nullable Span read(String text, String folded, int label, int labelStart, int labelEnd) {
    int start = FILLER.skip(folded, labelEnd).end();
    int end = DateScanner.read(folded, start);
    return end > start ? new Span(start, end) : null;
  }
}
