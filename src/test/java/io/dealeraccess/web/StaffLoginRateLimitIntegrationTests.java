package io.dealeraccess.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Staff logins have the dealer forms' per-address limit: failed HTTP Basic calls to the engine REST API and failed
 * logins to Camunda's web apps, per real client address behind the proxy.
 */
@OutsideTestsContext
class StaffLoginRateLimitIntegrationTests {

  @LocalServerPort
  int port;

  private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

  private int send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private int engineRest(String address, String user, String password) {
    return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/engine/captcha/task"))
        .header("X-Forwarded-For", address).header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void failedBasicAuthFromOneAddressIsCutOffBeforeAnyPasswordCheck() {
    for (int i = 0; i < OutsideTestsContext.POSTS; i++) {
      assertThat(engineRest("198.51.100.61", "admin", "wrong-" + i)).isEqualTo(401);
    }

    assertThat(engineRest("198.51.100.61", "admin", "wrong-again")).isEqualTo(429);
    assertThat(engineRest("198.51.100.61", "admin", "admin")).as("no password is checked any more").isEqualTo(429);
    assertThat(engineRest("198.51.100.62", "admin", "wrong")).as("another address").isEqualTo(401);
  }

  @Test
  void failedWebAppLoginsFromOneAddressAreCutOff() {
    String address = "198.51.100.63";
    String base = "http://localhost:" + port;
    send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/captcha/")).header("X-Forwarded-For",
        address));
    String token = ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElse("");
    int last = 0;
    for (int i = 0; i <= OutsideTestsContext.POSTS; i++) {
      last = send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/captcha/login/tasklist"))
          .header("X-Forwarded-For", address).header("X-XSRF-TOKEN", token)
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=wrong-" + i)));
      if (i < OutsideTestsContext.POSTS) {
        assertThat(last).as("attempt %d", i).isEqualTo(401);
      }
    }
    assertThat(last).isEqualTo(429);
  }
}
