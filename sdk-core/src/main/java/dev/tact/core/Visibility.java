package dev.tact.core;

/** Who can read a reply: everyone (a public reply, comment or review answer) or only the customer. */
public enum Visibility {
  /** Onlookers see it: X/Twitter replies, Facebook and Instagram comments, review replies. */
  PUBLIC,
  /** Only the customer sees it: direct messages, e-mail, chat, SMS. */
  PRIVATE
}
