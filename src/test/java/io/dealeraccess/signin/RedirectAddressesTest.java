package io.dealeraccess.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedirectAddressesTest {

  @Test
  void oneAddressPerLineTrimmedWithoutRepeats() {
    RedirectAddresses.Parsed parsed = RedirectAddresses.parse(
        " https://app.lender.example/cb \r\n\nhttp://127.0.0.1:8080/cb\nhttps://app.lender.example/cb", "Redirect", true);
    assertThat(parsed.error()).isNull();
    assertThat(parsed.addresses()).containsExactly("https://app.lender.example/cb", "http://127.0.0.1:8080/cb");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "http://app.lender.example/cb|must start with https:// (http:// only on this machine, 127.0.0.1 or [::1]).",
      "https://user:pw@app.lender.example/cb|may not contain a user name or password.",
      "https://localhost/cb|names localhost: use 127.0.0.1 (the sign-in accepts no localhost address).",
      "https://app.lender.example/cb#top|may not contain a # part.",
      "/callback|is not a full web address (https://...).",
      "https://app lender/cb|is not a web address.",
      "javascript:alert(1)|is not a full web address (https://...)."})
  void anAddressTheSignInWouldRefuseIsRefusedWithItsReason(String address, String reason) {
    RedirectAddresses.Parsed parsed = RedirectAddresses.parse(address, "Redirect addresses", true);
    assertThat(parsed.error()).isEqualTo("Redirect addresses: " + address + " " + reason);
    assertThat(parsed.addresses()).isEmpty();
  }

  @Test
  void aTabInsideALineIsRefused() {
    assertThat(RedirectAddresses.parse("https://a.example/\tcb", "Redirect addresses", true).error())
        .isEqualTo("Redirect addresses: one address per line, with no tabs or other control characters.");
  }

  @Test
  void redirectAddressesAreRequiredLogoutAddressesAreNot() {
    assertThat(RedirectAddresses.parse(" \n ", "Redirect addresses", true).error())
        .isEqualTo("Redirect addresses: enter at least one address.");
    assertThat(RedirectAddresses.parse("", "Addresses after logout", false).error()).isNull();
  }

  @Test
  void allAddressesTogetherFitTheColumn() {
    String many = java.util.stream.IntStream.range(0, 40).mapToObj(i -> "https://app" + i + ".lender.example/cb")
        .collect(java.util.stream.Collectors.joining("\n"));
    assertThat(RedirectAddresses.parse(many, "Redirect addresses", true).error())
        .isEqualTo("Redirect addresses: at most 1000 characters in all.");
  }
}
