package io.dealeraccess.web;

import io.dealeraccess.request.RequestSubmissions;
import io.dealeraccess.request.RequestView;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * The confirmation page shows the request this browser submitted last, so it can be reloaded and printed, and
 * nobody sees another person's request by guessing a reference.
 */
public final class Confirmations {

  static final String LAST_REFERENCE = Confirmations.class.getName() + ".reference";

  private Confirmations() {}

  static String remember(HttpSession session, RequestView request) {
    session.setAttribute(LAST_REFERENCE, request.reference());
    return switch (request.requestType()) {
      case NEW_USER_ID -> "redirect:/register/confirmation";
      case ADD_APPLICATION_ACCESS -> "redirect:/account/applications/confirmation";
      default -> "redirect:/requests/confirmation";
    };
  }

  /**
   * Submits the form's request once: the same form page sent again (double click, back and resubmit, a replayed
   * POST) shows the confirmation of the request it created the first time.
   */
  public static String submitOnce(RequestSubmissions requests, HttpSession session, OneSubmission form,
      Supplier<RequestView> submit) {
    String key = inThisSession(session, form.validSubmissionKey());
    try {
      return remember(session, requests.once(key, submit));
    } catch (DataIntegrityViolationException | ConcurrencyFailureException sameKeyAtOnce) {
      // sent twice at the same moment: the other one was stored, with its process
      return remember(session, requests.submittedWith(key).orElseThrow(() -> sameKeyAtOnce));
    }
  }

  /** The confirmation of the request this form page already created, if it did. */
  private static Optional<String> ifSubmitted(RequestSubmissions requests, HttpSession session, OneSubmission form) {
    String key = inThisSession(session, form.validSubmissionKey());
    return key == null ? Optional.empty()
        : requests.submittedWith(key).map(request -> remember(session, request));
  }

  /**
   * Shows the form's errors, unless this form page was submitted before (back and resubmit, a replay, a double click
   * a moment earlier): the form's rules then refuse the repeat (the user ID is now taken, a request is open, the
   * captcha was used), and this one ends on the first request's confirmation instead.
   */
  public static String unlessSubmitted(RequestSubmissions requests, HttpSession session, OneSubmission form,
      Supplier<String> showErrors) {
    return ifSubmitted(requests, session, form).orElseGet(showErrors);
  }

  /**
   * The form page's key as stored, tied to this browser session: the same page sent again from this session finds
   * its request, a key replayed from another session finds nothing (and never shows the other person's
   * confirmation). Derived from the session's id, which only this browser holds: two requests of a double click,
   * served at once and perhaps by two nodes, derive the same key without sharing anything else.
   */
  static String inThisSession(HttpSession session, String key) {
    if (key == null) {
      return null;
    }
    return UUID.nameUUIDFromBytes((session.getId() + ":" + key).getBytes(StandardCharsets.UTF_8)).toString();
  }

  static Optional<String> last(HttpSession session) {
    return Optional.ofNullable((String) session.getAttribute(LAST_REFERENCE));
  }
}
