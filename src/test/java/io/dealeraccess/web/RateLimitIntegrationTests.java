package io.dealeraccess.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The rate limit as a client behind the load balancer meets it: per real client address, with the 429 page. */
@OutsideTestsContext
class RateLimitIntegrationTests {

  @LocalServerPort
  int port;

  private DealerBrowser clientAt(String address) {
    return new DealerBrowser("http://localhost:" + port).withHeader("X-Forwarded-For", address);
  }

  @Test
  void aClientThatPostsTooOftenGetsThe429PageInTheAppsLookAndOthersDoNot() {
    DealerBrowser hammering = clientAt("198.51.100.23");
    Document login = hammering.open("/login");
    for (int i = 0; i < OutsideTestsContext.POSTS; i++) {
      hammering.submit(login, "main form", Map.of("userId", "nobody.here", "password", "wrong"));
      assertThat(hammering.status()).isEqualTo(200);
    }

    Document refused = hammering.submit(login, "main form", Map.of("userId", "nobody.here", "password", "wrong"));

    assertThat(hammering.status()).isEqualTo(429);
    assertThat(Integer.parseInt(hammering.header("Retry-After"))).isBetween(1, 60);
    assertThat(refused.select("h1").text()).isEqualTo("Too many requests");
    assertThat(refused.select("#rate-limited").text()).contains("Please wait " + hammering.header("Retry-After")
        + " seconds").contains("Nothing you typed was saved");
    assertThat(refused.selectFirst("header.site-header")).as("the app's own look").isNotNull();

    DealerBrowser neighbour = clientAt("198.51.100.24");
    neighbour.submit(neighbour.open("/login"), "main form", Map.of("userId", "nobody.here", "password", "wrong"));
    assertThat(neighbour.status()).as("another client behind the same proxy").isEqualTo(200);
  }
}
