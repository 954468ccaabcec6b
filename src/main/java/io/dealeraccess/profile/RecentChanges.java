package io.dealeraccess.profile;

import io.dealeraccess.account.AccountEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * My Profile's "Recent changes" in the dealer's words: what happened (never an internal code, a question's or an
 * application's code, or the detail written for auditors) and who did it (you, the help desk, someone on the
 * recovery pages). The audit keeps the detail; staff read it on their pages.
 */
final class RecentChanges {

  /** One row of the table. */
  record Change(Instant when, String what, String by) {}

  /** The events whose audit detail is already written for the dealer (it holds nothing internal). */
  private static final List<String> DETAIL_FOR_DEALER = List.of("PROFILE_EDITED", "EMAIL_CHANGE_REQUESTED",
      "EMAIL_CHANGED");

  private static final Map<String, String> WHAT = Map.ofEntries(
      Map.entry("PASSWORD_CHANGED", "Password changed"),
      Map.entry("CHALLENGE_QUESTIONS_CHANGED", "Security questions changed"),
      Map.entry("HELPDESK_QUESTION_CHANGED", "Help Desk secret question changed"),
      Map.entry("CURRENT_PASSWORD_WRONG", "A My Profile change was refused: the current password did not match"),
      Map.entry("IMPORTED", "User ID moved from the old portal"),
      Map.entry("FIRST_PASSWORD_SET", "Password and security questions chosen"),
      Map.entry("IDENTITY_CHECK_MATCHED", "The help desk confirmed your identity by phone"),
      Map.entry("IDENTITY_CHECK_MISSED", "A help-desk identity check by phone did not match"),
      Map.entry("IDENTITY_CHECK_LOCKED", "Help-desk identity checks paused after wrong answers"),
      Map.entry("PASSWORD_RESET", "Password reset through the emailed link"),
      Map.entry("PASSWORD_RESET_LINK_SENT", "Password reset link emailed"),
      Map.entry("PASSWORD_RESET_LINK_REFUSED", "A password reset link was not sent"),
      Map.entry("PASSWORD_RESET_LINK_OPENED", "Password reset link opened"),
      Map.entry("PASSWORD_RESET_ANSWER_RIGHT", "Password reset: security question answered"),
      Map.entry("PASSWORD_RESET_ANSWER_WRONG", "Password reset: a wrong answer to the security question"),
      Map.entry("PASSWORD_RESET_BLOCKED", "Password reset stopped after three wrong answers"),
      Map.entry("PASSWORD_RESET_LIMITED", "Forgot password asked again too soon: no new link"),
      Map.entry("PASSWORD_RESET_REFUSED", "Forgot password: no link sent"),
      Map.entry("PASSWORD_RESET_NOT_POSSIBLE", "Forgot password: the reset is not possible for this user ID"),
      Map.entry("SET_PASSWORD_LINK_SENT", "Link to set a password emailed"));

  private RecentChanges() {}

  /** The newest {@code limit} events of {@code userId}'s history (oldest first), newest first, in words. */
  static List<Change> of(List<AccountEvent> history, String userId, int limit) {
    List<AccountEvent> newestFirst = new ArrayList<>(history);
    Collections.reverse(newestFirst);
    return newestFirst.stream().limit(limit)
        .map(event -> new Change(event.getOccurredAt(), what(event), by(event.getActor(), userId))).toList();
  }

  static String what(AccountEvent event) {
    if (DETAIL_FOR_DEALER.contains(event.getEventType())) {
      return event.getDetail();
    }
    return WHAT.getOrDefault(event.getEventType(), sentence(event.getEventType()));
  }

  static String by(String actor, String userId) {
    if (actor == null || "visitor".equals(actor)) {
      return "Someone on the Forgot password or Forgot user ID page";
    }
    if (actor.equalsIgnoreCase(userId)) {
      return "You";
    }
    return "system".equals(actor) ? "Automatically" : "The help desk";
  }

  /** An event type with no words of its own yet: SOMETHING_HAPPENED as "Something happened". */
  private static String sentence(String eventType) {
    String words = eventType.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
