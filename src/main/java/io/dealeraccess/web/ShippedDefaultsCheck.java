package io.dealeraccess.web;

import io.dealeraccess.DealerAccessProperties;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * The embedded defaults are for a laptop: a token secret everyone knows (anyone could sign email links), a public
 * mailbox page, demo accounts such as admin/admin. The application refuses to start with any of them unless its
 * base URL is a local address, so a server reachable by others never runs with them by mistake.
 */
@Component
class ShippedDefaultsCheck implements InitializingBean {

  static final String SHIPPED_TOKEN_SECRET = "local-development-only-secret-change-me";
  private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

  private final DealerAccessProperties properties;

  ShippedDefaultsCheck(DealerAccessProperties properties) {
    this.properties = properties;
  }

  @Override
  public void afterPropertiesSet() {
    List<String> problems = problems(properties);
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Refusing to start: dealeraccess.base-url " + properties.baseUrl()
          + " is not a local address, but " + String.join("; ", problems)
          + ". Use the postgres profile with its settings from the environment (see the README's Production "
          + "section), or a local base URL for a local run.");
    }
  }

  /** What of the shipped local defaults is still on, when the base URL is not local; nothing when it is. */
  static List<String> problems(DealerAccessProperties properties) {
    List<String> problems = new ArrayList<>();
    if (isLocal(properties.baseUrl())) {
      return problems;
    }
    if (properties.security() == null || properties.security().tokenSecret() == null
        || SHIPPED_TOKEN_SECRET.equals(properties.security().tokenSecret())
        || properties.security().tokenSecret().length() < 16) {
      problems.add("dealeraccess.security.token-secret is the shipped one or shorter than 16 characters "
          + "(anyone could sign email links)");
    }
    if (properties.mail() != null && properties.mail().embeddedServer() != null
        && properties.mail().embeddedServer().enabled()) {
      problems.add("dealeraccess.mail.embedded-server.enabled is true (a public mailbox page shows every email)");
    }
    if (properties.demoData() != null && properties.demoData().enabled()) {
      problems.add("dealeraccess.demo-data.enabled is true (demo accounts such as agent/agent)");
    }
    if (properties.admin() != null && "admin".equals(properties.admin().password())) {
      problems.add("dealeraccess.admin.password is admin");
    }
    return problems;
  }

  static boolean isLocal(String baseUrl) {
    try {
      String host = URI.create(baseUrl).getHost();
      return host != null && (LOCAL_HOSTS.contains(host) || host.startsWith("127."));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
