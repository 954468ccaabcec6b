package io.dealeraccess.web;

import io.dealeraccess.account.ApplicationCatalog;
import io.dealeraccess.account.PortalApplication;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * A dealer sent to our login page by one of the lender's applications: the sign-in chain (signin) kept its
 * authorization request in the session, and the login returns to it instead of opening My Profile. Nothing else is
 * ever kept, so the login can send nobody anywhere but to our own authorization endpoint.
 */
@Component
class SignInReturn {

  static final String AUTHORIZE_PATH = "/oauth2/authorize";

  private final HttpSessionRequestCache saved = new HttpSessionRequestCache();
  private final ApplicationCatalog catalog;

  SignInReturn(ApplicationCatalog catalog) {
    this.catalog = catalog;
  }

  /** The kept authorization request's address (removed from the session), or {@code null}. */
  String take(HttpServletRequest request, HttpServletResponse response) {
    SavedRequest kept = authorizeRequest(request, response);
    if (kept == null) {
      return null;
    }
    saved.removeRequest(request, response);
    return kept.getRedirectUrl();
  }

  /**
   * Sends the browser on to the kept authorization request. Not by a redirect: the login form's own navigation would
   * then end at the application's address, which our pages' {@code form-action 'self'} forbids; a page that moves on
   * by itself (no script) starts a new navigation.
   */
  static void continueTo(HttpServletResponse response, String url) throws java.io.IOException {
    String escaped = org.springframework.web.util.HtmlUtils.htmlEscape(url);
    response.setContentType("text/html;charset=UTF-8");
    response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta http-equiv=\"refresh\" content=\"0;url=" + escaped + "\"><title>Signing you in</title></head>"
        + "<body><p><a id=\"continue\" href=\"" + escaped + "\">Continue</a></p></body></html>");
  }

  /** The application the dealer is signing in to (its name), or {@code null}. */
  String applicationName(HttpServletRequest request, HttpServletResponse response) {
    SavedRequest kept = authorizeRequest(request, response);
    String[] clientId = kept == null ? null : kept.getParameterValues("client_id");
    if (clientId == null || clientId.length != 1) {
      return null;
    }
    return catalog.all().stream().filter(app -> app.getCode().toLowerCase(Locale.ROOT).equals(clientId[0]))
        .map(PortalApplication::getName).findFirst().orElse(null);
  }

  private SavedRequest authorizeRequest(HttpServletRequest request, HttpServletResponse response) {
    if (request.getSession(false) == null) {
      return null;
    }
    SavedRequest kept = saved.getRequest(request, response);
    if (kept == null) {
      return null;
    }
    String path = java.net.URI.create(kept.getRedirectUrl()).getPath();
    return (request.getContextPath() + AUTHORIZE_PATH).equals(path) ? kept : null;
  }
}
