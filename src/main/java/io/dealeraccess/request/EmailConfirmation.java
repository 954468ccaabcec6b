package io.dealeraccess.request;

/** What following an email-confirmation link did. */
public enum EmailConfirmation {
  CONFIRMED,
  ALREADY_CONFIRMED,
  EXPIRED,
  INVALID
}
