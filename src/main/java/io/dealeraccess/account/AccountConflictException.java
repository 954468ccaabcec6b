package io.dealeraccess.account;

/** Provisioning would break "one person per user ID" or "one user ID per person per PDN". */
public class AccountConflictException extends RuntimeException {

  public AccountConflictException(String message) {
    super(message);
  }
}
