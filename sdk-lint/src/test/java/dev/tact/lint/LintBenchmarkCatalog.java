package dev.tact.lint;

import com.ibm.icu.text.PluralRules;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes the catalog that the {@code tact lint} benchmark lints: 10,000 keys × 10 locales, a
 * quarter each plain, plural (every CLDR category of the locale), formality select with the
 * built-ins, and public x.reply templates with a declared argument; one key in a hundred has a
 * minimizing phrase so that the run reports findings.
 *
 * <pre>{@code
 * java -cp sdk-lint/target/test-classes:sdk-lint/target/tact.jar dev.tact.lint.LintBenchmarkCatalog /tmp/bench 10000
 * time java -Xmx512m -jar sdk-lint/target/tact.jar lint /tmp/bench
 * }</pre>
 */
public final class LintBenchmarkCatalog {
  private record Language(String tag, String thanks, String shipped, String items, String hint,
      String casual, String formal) {}

  private static final List<Language> LANGUAGES = List.of(
      new Language("en", "Thanks for reaching out", "Your order {orderId} is on its way",
          "items in your cart", "Just restart the app", "Try again later", "Could you try again later?"),
      new Language("ja", "お問い合わせありがとうございます", "ご注文 {orderId} を発送しました",
          "点の商品がカートにあります", "アプリを再起動するだけで直ります", "またあとで試してね", "後ほどお試しいただけますでしょうか。"),
      new Language("de", "Danke für Ihre Nachricht", "Ihre Bestellung {orderId} ist unterwegs",
          "Artikel im Warenkorb", "Starten Sie die App einfach neu", "Versuch es später nochmal", "Könnten Sie es später erneut versuchen?"),
      new Language("fr", "Merci pour votre message", "Votre commande {orderId} est en route",
          "articles dans votre panier", "Il suffit de redémarrer l’application", "Réessaie plus tard", "Pourriez-vous réessayer plus tard ?"),
      new Language("es", "Gracias por escribirnos", "Tu pedido {orderId} está en camino",
          "artículos en tu carrito", "Solo tienes que reiniciar la app", "Inténtalo más tarde", "¿Podría intentarlo más tarde?"),
      new Language("pt-BR", "Obrigado pela mensagem", "Seu pedido {orderId} está a caminho",
          "itens no seu carrinho", "É só reiniciar o app", "Tente mais tarde", "Poderia tentar mais tarde?"),
      new Language("it", "Grazie per averci scritto", "Il tuo ordine {orderId} è in viaggio",
          "articoli nel carrello", "Riavvia l’app", "Riprova più tardi", "Potrebbe riprovare più tardi?"),
      new Language("nl", "Bedankt voor je bericht", "Je bestelling {orderId} is onderweg",
          "artikelen in je winkelwagen", "Start de app opnieuw", "Probeer het later", "Kunt u het later opnieuw proberen?"),
      new Language("ko", "문의해 주셔서 감사합니다", "주문 {orderId} 이(가) 배송 중입니다",
          "개의 상품이 장바구니에 있습니다", "앱을 다시 시작하세요", "나중에 다시 해 봐", "나중에 다시 시도해 주시겠어요?"),
      new Language("zh-Hans", "感谢您的来信", "您的订单 {orderId} 已发货",
          "件商品在购物车中", "请重新启动应用", "稍后再试", "请您稍后再试好吗？"));

  private LintBenchmarkCatalog() {}

  /** Writes {@code args[1]} keys (default 10,000) per locale into the directory {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    Path dir = Files.createDirectories(Path.of(args[0]));
    int keys = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    for (Language language : LANGUAGES) {
      try (Writer out = Files.newBufferedWriter(dir.resolve(language.tag() + ".yaml"),
          StandardCharsets.UTF_8)) {
        write(out, language, keys);
      }
    }
  }

  private static void write(Writer out, Language l, int keys) throws IOException {
    StringBuilder plural = new StringBuilder("{count, plural,");
    for (String keyword : PluralRules.forLocale(Locale.forLanguageTag(l.tag())).getKeywords()) {
      plural.append(' ').append(keyword).append("{# ").append(l.items()).append('}');
    }
    plural.append('}');
    for (int i = 0; i < keys; i++) {
      String key = "topic" + (i / 100) + ".reply" + i;
      String extra = i % 100 == 7 ? " " + l.hint() + "." : "";
      switch (i % 4) {
        case 0 -> out.write(key + ": \"{customerName}, " + l.thanks() + " (#" + i + ")." + extra + "\"\n");
        case 1 -> out.write(key + ":\n  text: \"" + plural + extra + "\"\n"
            + "  arguments: {count: {required: true}}\n");
        case 2 -> out.write(key + ": \"{greeting}! {formality, select, casual{" + l.casual() + extra
            + "} other{" + l.formal() + "}}\"\n");
        default -> out.write(key + ":\n  text: \"" + l.shipped() + " (" + i + ")." + extra + "\"\n"
            + "  channel: x.reply\n  arguments: {orderId: {required: true}}\n");
      }
    }
  }
}
