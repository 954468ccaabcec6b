package io.dealeraccess.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealeraccess.web.DealerBrowser;
import io.dealeraccess.web.OutsideTestsContext;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The recovery forms with the captcha and the rate limit on, as outside tests. */
@OutsideTestsContext
class RecoveryOutsideTestsIntegrationTests {

  @LocalServerPort
  int port;

  private DealerBrowser clientAt(String address) {
    return new DealerBrowser("http://localhost:" + port).withHeader("X-Forwarded-For", address);
  }

  @Test
  void bothFormsAskForTheSecurityCodeBeforeAnything() {
    DealerBrowser dealer = clientAt("198.51.100.71");
    Document password = dealer.submit(dealer.open("/forgot-password"), "main form",
        Map.of("userId", "jordan.active", "email", "jordan.active@riverside.example", "captcha", "WRONG1"));
    assertThat(password.getElementById("captcha-error")).isNotNull();
    assertThat(password.getElementById("userId").val()).isEqualTo("jordan.active");
    assertThat(password.getElementById("reset-requested")).isNull();

    Document userId = dealer.submit(dealer.open("/forgot-user-id"), "main form",
        Map.of("pdn", "10001", "email", "jordan.active@riverside.example", "captcha", "WRONG1"));
    assertThat(userId.getElementById("captcha-error")).isNotNull();
    assertThat(userId.getElementById("user-id-requested")).isNull();
  }

  @Test
  void theRecoveryFormsAreRateLimitedPerClientAddress() {
    for (String path : new String[] {"/forgot-password", "/forgot-user-id", "/forgot-password/reset"}) {
      DealerBrowser hammering = clientAt("198.51.100." + (80 + path.length()));
      Document page = hammering.open(path.equals("/forgot-password/reset") ? "/forgot-password" : path);
      if (path.equals("/forgot-password/reset")) {
        page.selectFirst("main form").attr("action", path);
      }
      for (int i = 0; i < OutsideTestsContext.POSTS; i++) {
        hammering.submit(page, "main form", Map.of("email", "someone@dealer.example"));
        assertThat(hammering.status()).as(path).isEqualTo(200);
      }
      hammering.submit(page, "main form", Map.of("email", "someone@dealer.example"));
      assertThat(hammering.status()).as(path).isEqualTo(429);
    }
  }
}
