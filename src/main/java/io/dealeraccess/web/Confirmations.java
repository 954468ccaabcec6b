package io.dealeraccess.web;

import io.dealeraccess.request.UserIdRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * The confirmation page shows the request this browser submitted last, so it can be reloaded and printed, and
 * nobody sees another person's request by guessing a reference.
 */
final class Confirmations {

  static final String LAST_REFERENCE = Confirmations.class.getName() + ".reference";

  private Confirmations() {}

  static String remember(HttpSession session, UserIdRequest request) {
    session.setAttribute(LAST_REFERENCE, request.getReference());
    return switch (request.getRequestType()) {
      case NEW_USER_ID -> "redirect:/register/confirmation";
      case ADD_APPLICATION_ACCESS -> "redirect:/account/applications/confirmation";
      default -> "redirect:/requests/confirmation";
    };
  }

  static Optional<String> last(HttpSession session) {
    return Optional.ofNullable((String) session.getAttribute(LAST_REFERENCE));
  }
}
