package dev.tact.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A template catalog of {@link #KEYS} keys in each of {@link #LOCALES}, written as one YAML file per
 * locale, for {@link CatalogLoadBenchmark}. Deterministic: the same bytes every time.
 *
 * <p>Key {@code i} is one of eight kinds of reply, in turn, named {@code <kind>.v<i>} (for example
 * {@code orders.shipped.v0002}): a welcome with the built-in greeting and name (a bare pattern);
 * an item count (a plural with a description); a shipping notice (a date and an order number with a
 * fallback; channel, visibility, maxLength); a formality {@code select} with {@code tact-ignore}
 * and a reason; a refund (an order number and a plural of business days); a delay (greeting and a
 * {@code select} on the cause with a fallback); a return time ({@code time, short}); and a long
 * apology with greeting and name (channel, visibility, description). Every plural has exactly the
 * CLDR cardinal categories of its locale (ja: other; en, de: one, other; fr, es, pt: one, many,
 * other), which the catalog loader checks. About 150 bytes per template; 1 MB in all.
 */
final class GeneratedCatalog {
  /** Keys per locale. */
  static final int KEYS = 1_000;

  /** The locales, one file each. */
  static final List<String> LOCALES = List.of("en", "ja", "de", "fr", "es", "pt");

  private record Kind(String key, Map<String, String> text, Map<String, String> fallbacks,
      String metadata) {}

  private static final List<Kind> KINDS = List.of(
      new Kind("support.welcome", Map.of(
          "en", "{greeting}, {customerName}! Thanks for reaching out, we’re on it.",
          "ja", "{greeting}。{customerName}、お問い合わせありがとうございます。担当者が確認いたします。",
          "de", "{greeting}, {customerName}! Danke für Ihre Nachricht, wir kümmern uns darum.",
          "fr", "{greeting}, {customerName} ! Merci pour votre message, nous nous en occupons.",
          "es", "¡{greeting}, {customerName}! Gracias por escribirnos, ya lo estamos revisando.",
          "pt", "{greeting}, {customerName}! Obrigado pela mensagem, já estamos verificando."),
          Map.of(), ""),
      new Kind("cart.items", Map.of(
          "en", "{count, plural, one {One item is} other {# items are}} waiting in your cart.",
          "ja", "カートに{count, plural, other {#点の商品}}が入っています。",
          "de", "In Ihrem Warenkorb {count, plural, one {liegt ein Artikel} other {liegen # Artikel}}.",
          "fr", "{count, plural, one {# article vous attend} many {# d’articles vous attendent}"
              + " other {# articles vous attendent}} dans votre panier.",
          "es", "{count, plural, one {Tienes # artículo} many {Tienes # de artículos}"
              + " other {Tienes # artículos}} en tu carrito.",
          "pt", "{count, plural, one {Há # item} many {Há # de itens} other {Há # itens}}"
              + " no seu carrinho."),
          Map.of(),
          "  description: \"Shown when the customer asks about their cart (variant %d).\"\n"
              + "  arguments:\n    count: {required: true}\n"),
      new Kind("orders.shipped", Map.of(
          "en", "Your order {orderId} ships on {day, date, long}.",
          "ja", "ご注文 {orderId} は{day, date, long}に発送予定です。",
          "de", "Ihre Bestellung {orderId} wird am {day, date, long} versandt.",
          "fr", "Votre commande {orderId} sera expédiée le {day, date, long}.",
          "es", "Tu pedido {orderId} se enviará el {day, date, long}.",
          "pt", "O seu pedido {orderId} será enviado em {day, date, long}."),
          Map.of("en", "(no number)", "ja", "（番号なし）", "de", "(ohne Nummer)",
              "fr", "(sans numéro)", "es", "(sin número)", "pt", "(sem número)"),
          "  channel: x.reply\n  visibility: public\n  maxLength: 280\n  arguments:\n"
              + "    orderId: {fallback: \"%2$s\"}\n    day: {required: true}\n"),
      new Kind("tone.glad", Map.of(
          "en", "{formality, select, formal {We would be glad to help.} casual {Happy to help!}"
              + " other {Glad to help.}}",
          "ja", "{formality, select, casual {お手伝いします！} other {喜んでお手伝いいたします。}}",
          "de", "{formality, select, casual {Wir helfen dir gern!} other {Wir helfen Ihnen gern.}}",
          "fr", "{formality, select, casual {On t’aide avec plaisir !}"
              + " other {Nous vous aidons avec plaisir.}}",
          "es", "{formality, select, formal {Con gusto le ayudamos.}"
              + " other {¡Te ayudamos con gusto!}}",
          "pt", "{formality, select, casual {A gente te ajuda!}"
              + " other {Teremos todo o gosto em ajudar.}}"),
          Map.of(),
          "  tact-ignore: [template.too-long]\n  reason: \"Approved by the brand team (%d).\"\n"),
      new Kind("billing.refund", Map.of(
          "en", "The refund for order {orderId} reaches your account within"
              + " {days, plural, one {# business day} other {# business days}}.",
          "ja", "ご注文 {orderId} の返金は{days, plural, other {#営業日}}以内にお客様の口座に反映されます。",
          "de", "Die Erstattung für Bestellung {orderId} ist innerhalb von"
              + " {days, plural, one {einem Werktag} other {# Werktagen}} auf Ihrem Konto.",
          "fr", "Le remboursement de la commande {orderId} arrivera sur votre compte sous"
              + " {days, plural, one {# jour ouvré} many {# de jours ouvrés} other {# jours ouvrés}}.",
          "es", "El reembolso del pedido {orderId} llegará a tu cuenta en"
              + " {days, plural, one {# día hábil} many {# de días hábiles} other {# días hábiles}}.",
          "pt", "O reembolso do pedido {orderId} chega à sua conta em até"
              + " {days, plural, one {# dia útil} many {# de dias úteis} other {# dias úteis}}."),
          Map.of(),
          "  channel: email\n  arguments:\n    orderId: {required: true}\n"
              + "    days: {fallback: \"5\"}\n"),
      new Kind("orders.delayed", Map.of(
          "en", "{greeting}. Your parcel is delayed {cause, select, weather {by bad weather}"
              + " carrier {at the carrier} other {on its way}}; we’ll keep you posted.",
          "ja", "{greeting}。{cause, select, weather {悪天候のため} carrier {配送業者の都合により}"
              + " other {諸事情により}}お荷物の到着が遅れております。",
          "de", "{greeting}. Ihr Paket verspätet sich {cause, select, weather {wegen des Wetters}"
              + " carrier {beim Zusteller} other {leider}}; wir halten Sie auf dem Laufenden.",
          "fr", "{greeting}. Votre colis est retardé {cause, select, weather {par la météo}"
              + " carrier {chez le transporteur} other {en route}} ; nous vous tenons informé.",
          "es", "{greeting}. Tu paquete se retrasa {cause, select, weather {por el mal tiempo}"
              + " carrier {en la empresa de transporte} other {en el camino}};"
              + " te mantendremos al tanto.",
          "pt", "{greeting}. A sua encomenda está atrasada {cause, select,"
              + " weather {devido ao mau tempo} carrier {na transportadora} other {no caminho}};"
              + " vamos mantê-lo informado."),
          Map.of(),
          "  arguments:\n    cause: {fallback: other}\n"),
      new Kind("hours.back", Map.of(
          "en", "Our team is back at {back, time, short} your time. Leave us a message and"
              + " we’ll reply then.",
          "ja", "担当者は{back, time, short}（お客様の現地時間）に戻ります。メッセージを残していただければ"
              + "折り返しご連絡いたします。",
          "de", "Unser Team ist um {back, time, short} Ihrer Zeit wieder da. Schreiben Sie uns,"
              + " wir antworten dann.",
          "fr", "Notre équipe revient à {back, time, short}, heure locale. Laissez-nous un message,"
              + " nous répondrons à ce moment-là.",
          "es", "Nuestro equipo vuelve a las {back, time, short}, hora local. Déjanos un mensaje y"
              + " te responderemos.",
          "pt", "A nossa equipa volta às {back, time, short}, hora local. Deixe uma mensagem e"
              + " responderemos."),
          Map.of(),
          "  description: \"Out of hours, variant %d.\"\n  arguments:\n"
              + "    back: {required: true}\n"),
      new Kind("support.escalated", Map.of(
          "en", "{greeting}, {customerName}. Sorry for the wait: your case is with our specialists"
              + " and you’ll hear from us within one business day.",
          "ja", "{greeting}。{customerName}、お待たせして申し訳ございません。専門の担当者が確認しており、"
              + "1営業日以内にご連絡いたします。",
          "de", "{greeting}, {customerName}. Entschuldigen Sie die Wartezeit: Ihr Anliegen liegt bei"
              + " unseren Fachleuten, Sie hören innerhalb eines Werktags von uns.",
          "fr", "{greeting}, {customerName}. Désolés pour l’attente : votre demande est entre les"
              + " mains de nos spécialistes, nous revenons vers vous sous un jour ouvré.",
          "es", "{greeting}, {customerName}. Perdona la espera: tu caso está con nuestros"
              + " especialistas y te responderemos en un día hábil.",
          "pt", "{greeting}, {customerName}. Desculpe a demora: o seu caso está com os nossos"
              + " especialistas e responderemos em um dia útil."),
          Map.of(),
          "  channel: email\n  visibility: private\n"
              + "  description: \"Escalation to second level, variant %d.\"\n"));

  private GeneratedCatalog() {}

  /** Writes {@code <locale>.yaml} for every locale into {@code directory}. */
  static void write(Path directory) {
    for (String locale : LOCALES) {
      try {
        Files.writeString(directory.resolve(locale + ".yaml"), file(locale),
            StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the generated catalog to " + directory, e);
      }
    }
  }

  /** The text of one locale's file. */
  static String file(String locale) {
    StringBuilder yaml = new StringBuilder(200 * KEYS);
    yaml.append("# Generated by dev.tact.benchmarks.GeneratedCatalog: ").append(KEYS)
        .append(" keys.\n");
    for (int i = 0; i < KEYS; i++) {
      Kind kind = KINDS.get(i % KINDS.size());
      String key = kind.key() + ".v" + String.format(Locale.ROOT, "%04d", i);
      String text = quoted(kind.text().get(locale));
      if (kind.metadata().isEmpty()) {
        yaml.append(key).append(": ").append(text).append('\n');
      } else {
        yaml.append(key).append(":\n  text: ").append(text).append('\n')
            .append(String.format(Locale.ROOT, kind.metadata(), i,
                kind.fallbacks().getOrDefault(locale, "")));
      }
    }
    return yaml.toString();
  }

  /** A YAML double-quoted scalar. */
  private static String quoted(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
