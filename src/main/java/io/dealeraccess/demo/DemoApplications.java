package io.dealeraccess.demo;

import io.dealeraccess.signin.SignInClients;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The lender's applications as the demo plays them: each catalog application gets a confidential client whose
 * redirect and logout addresses are the demo's own pages on this server ({@link DemoApplicationController}), and a
 * new secret at every start, kept in memory only. Demo data only.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "dealeraccess.demo-data.enabled", havingValue = "true")
class DemoApplications implements ApplicationRunner {

  private final SignInClients clients;
  private final Environment environment;
  private final Map<String, String> secrets = new ConcurrentHashMap<>();

  DemoApplications(SignInClients clients, Environment environment) {
    this.clients = clients;
    this.environment = environment;
  }

  /** The loopback address the demo's pages use (the authorization server accepts no "localhost" address). */
  String base() {
    return "http://127.0.0.1:" + environment.getProperty("local.server.port",
        environment.getProperty("server.port", "8080"));
  }

  @Override
  public void run(ApplicationArguments args) {
    for (SignInClients.ApplicationClient application : clients.all()) {
      String clientId = application.clientId();
      clients.register(clientId, List.of(base() + "/demo/" + clientId + "/callback"),
          List.of(base() + "/demo/" + clientId), false);
      secrets.put(clientId, clients.newSecret(clientId));
    }
  }

  /** The demo client's secret, for a client the demo registered. */
  Optional<String> secret(String clientId) {
    return Optional.ofNullable(secrets.get(clientId));
  }
}
