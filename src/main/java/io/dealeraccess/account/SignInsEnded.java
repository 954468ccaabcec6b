package io.dealeraccess.account;

/**
 * The user ID's sign-ins must end: its password changed, or it was locked, made inactive or deactivated. Published
 * in the change's transaction; the web layer ends the ID's sessions once it commits, all of them or, when
 * {@code keepCurrentSession} (the owner changed their own password), all but the one that made the change.
 */
public record SignInsEnded(String userId, boolean keepCurrentSession) {

  /** Every session of the ID ends. */
  public SignInsEnded(String userId) {
    this(userId, false);
  }
}
