package io.dealeraccess.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgot password: the user ID and the email on file get a single-use link ({@link PasswordResetLinks}) to the email
 * on file; the link asks one of the ID's security questions (three wrong answers kill it and block resets for the ID
 * for 24 hours), then a new password under the same policy. A reset clears the ID's failed-login lock, ends every
 * session of the ID and tells the owner. The help desk sends the same link after a matching identity check. Every
 * request, link use, answer and reset is audited; the caller's page says the same whatever matched.
 */
@Service
@Transactional
public class PasswordRecovery {

  public static final Duration LINK_VALID_FOR = Duration.ofHours(1);
  /** Reset emails (links or "not possible") an ID gets from the public page in an hour. */
  public static final int EMAILS_PER_HOUR = 3;
  public static final int MAX_WRONG_ANSWERS = 3;
  public static final Duration BLOCK = Duration.ofHours(24);
  static final List<String> EMAILED = List.of("LINK_SENT", "NOT_POSSIBLE", "SET_PASSWORD_LINK_SENT");
  static final String SET_PASSWORD_LINK = "set-password-link";

  /** The question a valid link asks. */
  public record ResetQuestion(String userId, String question) {}

  /** How an answer to the link's question went. */
  public record ResetAnswer(Outcome outcome, int attemptsLeft) {
    public enum Outcome { CORRECT, WRONG, BLOCKED, LINK_NOT_VALID }
  }

  /** What the agent is told after asking for a link to be sent. */
  public record HelpDeskLink(boolean sent, String message) {}

  private final DealerUserRepository users;
  private final PasswordResetLinks links;
  private final RecoveryRecords records;
  private final IdentityCheck identityCheck;
  private final LoginThrottle throttle;
  private final Secrets secrets;
  private final PasswordPolicy policy;
  private final ApplicationEventPublisher events;
  private final ResetRefusals refusals;
  private final PasswordLinks passwordLinks;

  PasswordRecovery(DealerUserRepository users, PasswordResetLinks links, RecoveryRecords records,
      IdentityCheck identityCheck, LoginThrottle throttle, Secrets secrets, PasswordPolicy policy,
      ApplicationEventPublisher events, ResetRefusals refusals, PasswordLinks passwordLinks) {
    this.users = users;
    this.passwordLinks = passwordLinks;
    this.links = links;
    this.records = records;
    this.identityCheck = identityCheck;
    this.throttle = throttle;
    this.secrets = secrets;
    this.policy = policy;
    this.events = events;
    this.refusals = refusals;
  }

  /** The forgot-password page: an email to the address on file only when the ID and address match; else nothing. */
  public void requestReset(String typedUserId, String typedEmail) {
    String email = RecoveryRecords.email(typedEmail);
    Optional<DealerUser> found = users.findByUserId(AccountService.normalizeUserId(typedUserId));
    if (found.isEmpty()) {
      records.request(RecoveryRequest.Kind.PASSWORD, typedUserId, null, email, null, "NO_SUCH_ID");
      return;
    }
    DealerUser user = found.get();
    if (!user.getEmail().equalsIgnoreCase(email)) {
      records.request(RecoveryRequest.Kind.PASSWORD, typedUserId, null, email, user, "EMAIL_DID_NOT_MATCH");
      records.event(user, RecoveryRecords.VISITOR, "PASSWORD_RESET_REFUSED",
          "Forgot password asked with an email address that is not the one on file: nothing sent");
      return;
    }
    if (records.lastHour(RecoveryRequest.Kind.PASSWORD, user, EMAILED) >= EMAILS_PER_HOUR) {
      records.request(RecoveryRequest.Kind.PASSWORD, typedUserId, null, email, user, "LIMITED");
      records.event(user, RecoveryRecords.VISITOR, "PASSWORD_RESET_LIMITED", "Forgot password asked again: "
          + EMAILS_PER_HOUR + " emails in the last hour already, nothing sent");
      return;
    }
    if (hasNoPasswordYet(user)) {
      // an imported ID whose welcome link ran out: the same link again, to the same address, as that email says
      records.request(RecoveryRequest.Kind.PASSWORD, typedUserId, null, email, user, "SET_PASSWORD_LINK_SENT");
      records.event(user, RecoveryRecords.VISITOR, "SET_PASSWORD_LINK_SENT", "Forgot password for an ID whose owner "
          + "has not chosen a password and security questions yet: a new link to set them went to the email on file");
      records.notify(user, SET_PASSWORD_LINK, user.getEmail(), Map.of("setPasswordLink",
          passwordLinks.linkFor(user.getUserId()), "validDays", PasswordLinks.VALID_FOR.toDays()));
      return;
    }
    Optional<String> problem = refusals.whyNot(user);
    if (problem.isPresent()) {
      records.request(RecoveryRequest.Kind.PASSWORD, typedUserId, null, email, user, "NOT_POSSIBLE");
      records.event(user, RecoveryRecords.VISITOR, "PASSWORD_RESET_NOT_POSSIBLE",
          "Forgot password: no link sent, the owner is told why: " + problem.get());
      records.notify(user, "password-reset-not-possible", user.getEmail(), Map.of("reason", problem.get()));
      return;
    }
    records.request(RecoveryRequest.Kind.PASSWORD, typedUserId, null, email, user, "LINK_SENT");
    sendLink(user, RecoveryRecords.VISITOR, "Forgot password: a reset link was sent to the email on file", false);
  }

  /** The help desk, after the caller's identity check matched: the same link to the email on file. */
  public HelpDeskLink sendByHelpDesk(String userId, String staffUser) {
    Optional<DealerUser> found = users.findByUserId(AccountService.normalizeUserId(userId));
    if (found.isEmpty() || !identityCheck.matchedRecently(found.get().getId(), staffUser)) {
      return new HelpDeskLink(false, "Check the caller's identity first: a reset link is sent only right after "
          + "their answer matches.");
    }
    DealerUser user = found.get();
    Optional<String> problem = refusals.whyNot(user);
    if (problem.isPresent()) {
      records.event(user, staffUser, "PASSWORD_RESET_LINK_REFUSED", "Help desk (" + staffUser
          + ") asked for a reset link: not sent, " + problem.get());
      return new HelpDeskLink(false, "Not sent. " + problem.get());
    }
    records.request(RecoveryRequest.Kind.PASSWORD, user.getUserId(), null, user.getEmail(), user,
        "HELP_DESK_LINK_SENT");
    sendLink(user, staffUser, "Help desk (" + staffUser + ") sent a reset link to the email on file after a "
        + "matching identity check", true);
    return new HelpDeskLink(true, "Sent: a password reset link went to the email on file. It works once, within "
        + LINK_VALID_FOR.toHours() + " hour; the owner answers a security question and chooses the new password.");
  }

  /**
   * The emailed link followed (audited): its question, if the link is valid. The same link always asks the same
   * question, so reloading it picks no easier one.
   */
  public Optional<ResetQuestion> openLink(String userId, String expires, String token) {
    return links.open(userId, expires, token).map(opened -> {
      records.event(opened.user(), RecoveryRecords.VISITOR, "PASSWORD_RESET_LINK_OPENED",
          "The reset link was opened");
      return new ResetQuestion(opened.user().getUserId(), questionOf(opened).text());
    });
  }

  /** The link's question again (a page shown once more), if the link is still valid. */
  @Transactional(readOnly = true)
  public Optional<ResetQuestion> question(String userId, String expires, String token) {
    return links.open(userId, expires, token)
        .map(opened -> new ResetQuestion(opened.user().getUserId(), questionOf(opened).text()));
  }

  public ResetAnswer answer(String userId, String expires, String token, String answer) {
    Optional<PasswordResetLinks.Opened> found = links.open(userId, expires, token);
    if (found.isEmpty()) {
      return new ResetAnswer(ResetAnswer.Outcome.LINK_NOT_VALID, 0);
    }
    PasswordResetLinks.Opened opened = found.get();
    SecurityQuestion question = questionOf(opened);
    boolean right = opened.user().getSecurityAnswers().stream().anyMatch(held -> held.getQuestion() == question
        && secrets.answerMatches(answer, held.getAnswerHash()));
    Instant now = records.now();
    if (right) {
      opened.reset().rightAnswer(now);
      records.event(opened.user(), RecoveryRecords.VISITOR, "PASSWORD_RESET_ANSWER_RIGHT",
          "The reset link's security question was answered correctly");
      return new ResetAnswer(ResetAnswer.Outcome.CORRECT, MAX_WRONG_ANSWERS);
    }
    int wrongSoFar = opened.reset().getFailures() + 1;
    boolean blocked = opened.reset().wrongAnswer(MAX_WRONG_ANSWERS, now.plus(BLOCK));
    records.event(opened.user(), RecoveryRecords.VISITOR, "PASSWORD_RESET_ANSWER_WRONG",
        "Wrong answer " + wrongSoFar + " of " + MAX_WRONG_ANSWERS + " to the reset link's security question");
    if (blocked) {
      records.event(opened.user(), RecoveryRecords.VISITOR, "PASSWORD_RESET_BLOCKED", "Three wrong answers: the "
          + "reset link stopped working and password resets are blocked until " + refusals.until(now.plus(BLOCK)));
      return new ResetAnswer(ResetAnswer.Outcome.BLOCKED, 0);
    }
    return new ResetAnswer(ResetAnswer.Outcome.WRONG, MAX_WRONG_ANSWERS - wrongSoFar);
  }

  /** Whether the link is valid and its question was answered within the last 15 minutes: the password may be set. */
  @Transactional(readOnly = true)
  public boolean isAnswered(String userId, String expires, String token) {
    return links.open(userId, expires, token).filter(this::answeredRecently).isPresent();
  }

  /**
   * Sets the new password (the caller checked the policy's messages; a password it refuses is refused here too);
   * false when the link is not valid or its question was not answered.
   */
  public boolean reset(String userId, String expires, String token, String newPassword) {
    Optional<PasswordResetLinks.Opened> found = links.open(userId, expires, token).filter(this::answeredRecently);
    if (found.isEmpty()) {
      return false;
    }
    DealerUser user = found.get().user();
    if (!policy.problems(user.getUserId(), newPassword).isEmpty()) {
      throw new IllegalArgumentException("The new password does not meet the policy");
    }
    user.changePassword(secrets.hashPassword(newPassword));
    found.get().reset().used();
    throttle.succeeded(user.getUserId());
    records.event(user, RecoveryRecords.VISITOR, "PASSWORD_RESET", "Password reset through the emailed link after "
        + "a right security answer: failed-login lock cleared, every session of the ID ended");
    records.notify(user, "password-reset-done", user.getEmail(), Map.of());
    events.publishEvent(new SignInsEnded(user.getUserId()));
    return true;
  }

  /** An ACTIVE ID, imported, whose owner has chosen neither a password nor security questions yet. */
  private static boolean hasNoPasswordYet(DealerUser user) {
    return user.getStatus() == DealerUserStatus.ACTIVE && !user.isPendingDeactivation()
        && user.getSecurityAnswers().isEmpty();
  }

  private void sendLink(DealerUser user, String actor, String detail, boolean byHelpDesk) {
    String link = links.issue(user);
    records.event(user, actor, "PASSWORD_RESET_LINK_SENT", detail);
    records.notify(user, "password-reset-link", user.getEmail(), Map.of("resetLink", link, "byHelpDesk", byHelpDesk,
        "validHours", LINK_VALID_FOR.toHours()));
  }

  private boolean answeredRecently(PasswordResetLinks.Opened opened) {
    Instant answered = opened.reset().getAnsweredAt();
    return answered != null && !answered.plus(PasswordResetLinks.ANSWER_HOLDS_FOR).isBefore(records.now());
  }

  private static SecurityQuestion questionOf(PasswordResetLinks.Opened opened) {
    List<SecurityAnswer> held = opened.user().getSecurityAnswers();
    return held.get(Math.floorMod(opened.reset().getNonce().hashCode(), held.size())).getQuestion();
  }
}
