package io.dealeraccess.account;

import io.dealeraccess.SignedLinks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * My Profile: a dealer changes their own details, email address, password, challenge questions and Help Desk secret
 * question. Every change is audited (never with the secret values) and confirmed by email after it is committed.
 */
@Service
@Transactional
public class ProfileService {

  static final String CHANGE_EMAIL = "change-email";
  static final Duration EMAIL_LINK_VALID_FOR = Duration.ofDays(3);

  public enum EmailChange { CHANGED, INVALID }

  /** Email-change links a user ID may ask for in an hour. */
  public static final int EMAIL_CHANGES_PER_HOUR = 3;

  private final DealerUserRepository users;
  private final AccountEventRepository events;
  private final Secrets secrets;
  private final SignedLinks links;
  private final ApplicationEventPublisher notices;
  private final LoginThrottle throttle;
  private final Clock clock;

  ProfileService(DealerUserRepository users, AccountEventRepository events, Secrets secrets, SignedLinks links,
      ApplicationEventPublisher notices, LoginThrottle throttle, Clock clock) {
    this.users = users;
    this.events = events;
    this.secrets = secrets;
    this.links = links;
    this.notices = notices;
    this.throttle = throttle;
    this.clock = clock;
  }

  /** Name and business phone; a role change is a request the help desk reviews (RequestSubmissions.submitRoleChange). */
  public void editProfile(String userId, String firstName, String lastName, String businessPhone) {
    DealerUser user = entity(userId);
    user.editProfile(firstName, lastName, businessPhone);
    changed(user, "PROFILE_EDITED", "Name and business phone: " + firstName + " " + lastName + ", "
        + businessPhone, "your profile (name and business phone number)");
  }

  /**
   * Starts an email change: the new address gets a link, and the change takes effect only when it is followed.
   * Refused when another user ID at the same dealership already uses the address (one user ID per person per PDN).
   */
  public void requestEmailChange(String userId, String newEmail) {
    DealerUser user = entity(userId);
    if (users.existsByEmailAndPdnAndStatusNot(newEmail, user.getPdn(), DealerUserStatus.DEACTIVATED)) {
      throw new AccountConflictException("Another user ID at your dealership already uses this email address.");
    }
    if (events.countByDealerUserIdAndEventTypeAndOccurredAtAfter(user.getId(), "EMAIL_CHANGE_REQUESTED",
        now().minus(Duration.ofHours(1))) >= EMAIL_CHANGES_PER_HOUR) {
      // nobody's mailbox fills with links they did not ask for
      throw new AccountConflictException("You asked for " + EMAIL_CHANGES_PER_HOUR + " links in the last hour. "
          + "Follow one of them, or try again later.");
    }
    user.requestEmailChange(newEmail);
    record(user, "EMAIL_CHANGE_REQUESTED", "New address " + newEmail + " waits for confirmation");
    String expires = String.valueOf(now().plus(EMAIL_LINK_VALID_FOR).getEpochSecond());
    String link = links.link("/email/confirm", CHANGE_EMAIL, emailParams(user.getUserId(), newEmail, expires),
        user.getEmail());
    notify(user, "email-change-confirm", List.of(newEmail), Map.of("confirmLink", link, "newEmail", newEmail));
  }

  /** Follows the link from the new address: single-use, since it is signed with the address it replaces. */
  public EmailChange confirmEmailChange(String userId, String email, String expires, String token) {
    DealerUser user = userId == null ? null : users.findByUserId(AccountService.normalizeUserId(userId)).orElse(null);
    if (user == null || email == null || !email.equals(user.getPendingEmail()) || expires == null
        || !expires.matches("\\d{1,12}") || Instant.ofEpochSecond(Long.parseLong(expires)).isBefore(now())
        || !links.isValid(token, CHANGE_EMAIL, emailParams(user.getUserId(), email, expires), user.getEmail())) {
      return EmailChange.INVALID;
    }
    String previous = user.getEmail();
    user.confirmEmailChange();
    record(user, "EMAIL_CHANGED", "Email address changed from " + previous + " to " + user.getEmail());
    notify(user, "email-changed", List.of(previous, user.getEmail()),
        Map.of("previousEmail", previous, "newEmail", user.getEmail()));
    return EmailChange.CHANGED;
  }

  /** How a My Profile change's current password checked out. */
  public enum CurrentPassword { CORRECT, WRONG, LOCKED }

  /**
   * The current password confirming a My Profile change. A wrong one counts as a failed login: after
   * {@link LoginThrottle#MAX_FAILURES} the ID is locked as it would be at the login page, and every session of it ends.
   */
  public CurrentPassword checkCurrentPassword(String userId, String currentPassword) {
    DealerUser user = entity(userId);
    if (throttle.isLocked(user.getUserId())) {
      return CurrentPassword.LOCKED;
    }
    if (currentPassword != null && secrets.passwordMatches(currentPassword, user.getPasswordHash())) {
      return CurrentPassword.CORRECT;
    }
    record(user, "CURRENT_PASSWORD_WRONG", "A My Profile change was refused: the current password did not match");
    if (throttle.failed(user.getUserId())) {
      notices.publishEvent(new SignInsEnded(user.getUserId()));
      return CurrentPassword.LOCKED;
    }
    return CurrentPassword.WRONG;
  }

  /** Sets a new password (the caller checked the current one); the ID's other sessions end. */
  public void changePassword(String userId, String newPassword) {
    DealerUser user = entity(userId);
    user.changePassword(secrets.hashPassword(newPassword));
    changed(user, "PASSWORD_CHANGED", "Password changed", "your password");
    notices.publishEvent(new SignInsEnded(user.getUserId(), true));
  }

  public void changeChallengeQuestions(String userId, List<ChallengeAnswer> answers) {
    DealerUser user = entity(userId);
    user.changeSecurityAnswers(answers.stream()
        .map(answer -> new SecurityAnswer(answer.question(), secrets.hashAnswer(answer.answer()))).toList());
    changed(user, "CHALLENGE_QUESTIONS_CHANGED", "Questions now: " + answers.stream()
        .map(answer -> answer.question().text()).collect(java.util.stream.Collectors.joining(" ")), "your security questions");
  }

  public void changeHelpDeskQuestion(String userId, String question, String answer) {
    DealerUser user = entity(userId);
    user.changeHelpDeskQuestion(question, secrets.hashAnswer(answer));
    changed(user, "HELPDESK_QUESTION_CHANGED", "Help Desk secret question now: " + question,
        "your Help Desk secret question");
  }

  /**
   * For demo data only: the question set as the demo's starting state, not as a change (the dealer asked for
   * nothing).
   */
  @Transactional
  public void setDemoHelpDeskQuestion(String userId, String question, String answer) {
    DealerUser user = entity(userId);
    // like the ID's other starting details: no "changed by you" in its history, no email
    user.changeHelpDeskQuestion(question, secrets.hashAnswer(answer));
  }

  @Transactional(readOnly = true)
  public List<AccountEvent> history(String userId) {
    return events.findByDealerUserIdOrderByOccurredAtAscIdAsc(entity(userId).getId());
  }


  private void changed(DealerUser user, String eventType, String detail, String what) {
    record(user, eventType, detail);
    notify(user, "profile-changed", List.of(user.getEmail()), Map.of("changed", what));
  }

  private void record(DealerUser user, String eventType, String detail) {
    events.save(new AccountEvent(user.getId(), now(), user.getUserId(), eventType, detail));
  }

  private void notify(DealerUser user, String template, List<String> recipients, Map<String, Object> values) {
    notices.publishEvent(new AccountNotice(template + ":" + UUID.randomUUID(), user.getUserId(), template,
        recipients, values));
  }

  private static Map<String, String> emailParams(String userId, String email, String expires) {
    return SignedLinks.params("user", userId, "email", email, "expires", expires);
  }

  private DealerUser entity(String userId) {
    return users.findByUserId(AccountService.normalizeUserId(userId))
        .orElseThrow(() -> new IllegalArgumentException("No user ID " + userId));
  }

  private Instant now() {
    return clock.instant();
  }
}
