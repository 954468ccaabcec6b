package io.dealeraccess.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before the authorization endpoint issues a code: a dealer who may not sign in to the application (not holding
 * it, or an ID that may not log in) sees our page saying why, and the application gets nothing, not even an error.
 * A staff member's sign-in (the staff pages share the session store) is no dealer's: the endpoint sees nobody
 * signed in and sends them to the dealers' login. Every token is checked again when it is issued
 * ({@link SignInClaims}).
 */
class ApplicationAccessFilter extends OncePerRequestFilter {

  static final String AUTHORIZE = "/oauth2/authorize";
  static final String REFUSED_PAGE = "/sign-in/refused";

  private final ApplicationSignIn signIn;
  private final SignInClients clients;
  private final SessionRegistry sessions;

  ApplicationAccessFilter(ApplicationSignIn signIn, SignInClients clients, SessionRegistry sessions) {
    this.signIn = signIn;
    this.clients = clients;
    this.sessions = sessions;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().equals(request.getContextPath() + AUTHORIZE);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication login = SecurityContextHolder.getContext().getAuthentication();
    String clientId = request.getParameter("client_id");
    if (login == null || login instanceof AnonymousAuthenticationToken || !login.isAuthenticated()
        || clientId == null || clients.findByClientId(clientId) == null) {
      chain.doFilter(request, response);
      return;
    }
    if (isEnded(request)) {
      // the ID's sign-ins were ended (web/DealerSessions): this session signs in nobody any more; the endpoint runs
      // before the chain's own check of ended sessions would
      new SecurityContextLogoutHandler().logout(request, response, login);
      response.sendRedirect(request.getContextPath() + "/login?signedOut");
      return;
    }
    if (!SignInPages.isDealer(login)) {
      SecurityContextHolder.clearContext();
      chain.doFilter(request, response);
      return;
    }
    if (signIn.refusal(login.getName(), clientId).isPresent()) {
      response.sendRedirect(request.getContextPath() + REFUSED_PAGE + "?client_id="
          + URLEncoder.encode(clientId, StandardCharsets.UTF_8));
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean isEnded(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    SessionInformation information = session == null ? null : sessions.getSessionInformation(session.getId());
    return information != null && information.isExpired();
  }
}
