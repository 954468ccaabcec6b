package io.dealeraccess.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dealeraccess.DealerAccessProperties;
import org.junit.jupiter.api.Test;

class ShippedDefaultsCheckTest {

  private static DealerAccessProperties with(String baseUrl, String secret, boolean mailbox, boolean demo,
      String adminPassword) {
    return io.dealeraccess.ShippedProperties.with(java.util.Map.of("dealeraccess.base-url", baseUrl,
        "dealeraccess.security.token-secret", secret, "dealeraccess.mail.embedded-server.enabled", mailbox,
        "dealeraccess.demo-data.enabled", demo, "dealeraccess.admin.password", adminPassword));
  }

  private static DealerAccessProperties shippedDefaults(String baseUrl) {
    return with(baseUrl, ShippedDefaultsCheck.SHIPPED_TOKEN_SECRET, true, true, "admin");
  }

  @Test
  void theShippedDefaultsRunOnALocalAddress() {
    for (String local : new String[] {"http://localhost:8080", "http://127.0.0.1:8080", "http://[::1]:8080"}) {
      new ShippedDefaultsCheck(shippedDefaults(local)).afterPropertiesSet();
    }
  }

  @Test
  void aPublicBaseUrlWithTheShippedDefaultsRefusesToStartAndSaysWhy() {
    assertThatThrownBy(() -> new ShippedDefaultsCheck(shippedDefaults("https://dealers.lender.example"))
        .afterPropertiesSet()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("token-secret").hasMessageContaining("embedded-server")
        .hasMessageContaining("demo-data").hasMessageContaining("admin.password");
  }

  @Test
  void eachShippedDefaultAloneIsRefusedOnAPublicBaseUrl() {
    String url = "https://dealers.lender.example";
    String secret = "a-long-secret-from-the-environment";
    assertThat(ShippedDefaultsCheck.problems(with(url, secret, false, false, "Str0ng!Password"))).isEmpty();
    assertThat(ShippedDefaultsCheck.problems(with(url, "short", false, false, "Str0ng!Password"))).hasSize(1);
    assertThat(ShippedDefaultsCheck.problems(with(url, secret, true, false, "Str0ng!Password"))).hasSize(1);
    assertThat(ShippedDefaultsCheck.problems(with(url, secret, false, true, "Str0ng!Password"))).hasSize(1);
    assertThat(ShippedDefaultsCheck.problems(with(url, secret, false, false, "admin"))).hasSize(1);
  }
}
