package dev.tact.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.impl.ICUData;
import com.ibm.icu.impl.ICUResourceBundle;
import com.ibm.icu.util.UResourceBundle;
import com.ibm.icu.util.ULocale;
import dev.tact.core.Formality;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DefaultFormalityTest {
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      ja     | FORMAL
      ja-JP  | FORMAL
      de     | FORMAL
      de-AT  | FORMAL
      de-CH  | FORMAL
      en     | NEUTRAL
      en-GB  | NEUTRAL
      en-IN  | NEUTRAL
      fr     | FORMAL
      fr-CA  | FORMAL
      es-ES  | CASUAL
      es     | FORMAL
      es-MX  | FORMAL
      es-419 | FORMAL
      es-AR  | FORMAL
      pt     | NEUTRAL
      pt-BR  | NEUTRAL
      pt-PT  | FORMAL
      pt-AO  | FORMAL
      pt-MZ  | FORMAL
      sv     | NEUTRAL
      da-DK  | NEUTRAL
      nb     | NEUTRAL
      it     | FORMAL
      ko     | FORMAL
      und    | FORMAL
      """)
  void eachLanguageHasTheDefaultOfItsCustomerCare(String tag, Formality expected) {
    assertEquals(expected, DefaultFormality.of(Locale.forLanguageTag(tag)));
  }

  /** Portuguese is formal exactly where CLDR's locale data descends from pt_PT. */
  @Test
  void portugueseIsFormalWhereCldrFollowsEuropeanPortuguese() {
    int regions = 0;
    for (ULocale locale : ULocale.getAvailableLocales()) {
      if (!locale.getLanguage().equals("pt") || locale.getCountry().isEmpty()) {
        continue;
      }
      regions++;
      boolean european = false;
      for (UResourceBundle bundle = UResourceBundle.getBundleInstance(ICUData.ICU_BASE_NAME,
          locale); bundle != null; bundle = ((ICUResourceBundle) bundle).getParent()) {
        european |= bundle.getULocale().getName().equals("pt_PT");
      }
      assertEquals(european ? Formality.FORMAL : Formality.NEUTRAL,
          DefaultFormality.of(locale.toLocale()), locale.getName());
    }
    assertEquals(true, regions >= 10, "ICU knows " + regions + " Portuguese regions");
  }
}
