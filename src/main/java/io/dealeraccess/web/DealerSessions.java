package io.dealeraccess.web;

import io.dealeraccess.account.SignInsEnded;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.User;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Every dealer's signed-in sessions, so that they can be ended: when a user ID's password changes, or it is locked,
 * made inactive or deactivated, its other sessions end once the change has committed (their next request goes to the
 * login page). The session that changed its own password stays signed in. Sessions live in the database (Spring
 * Session JDBC), found by their principal's name, so a session on any node ends.
 */
@Configuration
class DealerSessions {

  private final SessionRegistry registry;

  DealerSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
    this.registry = new SpringSessionBackedSessionRegistry<>(sessions);
  }

  @Bean
  SessionRegistry dealerSessionRegistry() {
    return registry;
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void endSignIns(SignInsEnded ended) {
    String current = ended.keepCurrentSession() ? currentSessionId() : null;
    // Spring Security's User is equal to any principal with the same user name
    List<SessionInformation> sessions = registry.getAllSessions(new User(ended.userId(), "", List.of()), false);
    for (SessionInformation session : sessions) {
      if (!session.getSessionId().equals(current)) {
        session.expireNow();
      }
    }
  }

  private static String currentSessionId() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
      HttpServletRequest request = attributes.getRequest();
      return request.getSession(false) == null ? null : request.getSession(false).getId();
    }
    return null;
  }
}
