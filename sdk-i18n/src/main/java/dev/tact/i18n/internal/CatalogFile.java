package dev.tact.i18n.internal;

/**
 * One file of a catalog, already read into text.
 *
 * @param name the name shown in messages: a path, a resource name or a test's name; the part
 *     after the last {@code /} is the locale and the format, such as {@code pt-BR.json}
 * @param text the file's content
 */
public record CatalogFile(String name, String text) {}
