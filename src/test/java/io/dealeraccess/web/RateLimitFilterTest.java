package io.dealeraccess.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RateLimitFilterTest {

  private final RateLimitFilter filter = new RateLimitFilter(3);

  private MockHttpServletRequest request;

  private MockHttpServletResponse send(String method, String path, String address) throws Exception {
    request = new MockHttpServletRequest(method, path);
    request.setRemoteAddr(address);
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, new MockFilterChain());
    return response;
  }

  @Test
  void anAddressThatPostsTooOftenGets429AndTheSecondsToWait() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertThat(send("POST", "/login", "10.1.1.1").getStatus()).isEqualTo(200);
    }

    MockHttpServletResponse refused = send("POST", "/register/details", "10.1.1.1");

    assertThat(refused.getStatus()).isEqualTo(429);
    assertThat(Integer.parseInt(refused.getHeader("Retry-After"))).isBetween(1, 60);
    assertThat(refused.getErrorMessage()).as("the error page, not a page of its own").isNull();
    assertThat(request.getAttribute(ErrorPageAttributes.RETRY_AFTER_SECONDS)).as("seconds for the 429 page")
        .isEqualTo(Long.parseLong(refused.getHeader("Retry-After")));
  }

  @Test
  void otherAddressesPagesAndReadsAreNotCounted() throws Exception {
    for (int i = 0; i < 3; i++) {
      send("POST", "/requests/remove/details", "10.2.2.2");
    }

    assertThat(send("POST", "/login", "10.3.3.3").getStatus()).as("another address").isEqualTo(200);
    assertThat(send("GET", "/register", "10.2.2.2").getStatus()).as("reading a page").isEqualTo(200);
    assertThat(send("POST", "/logout", "10.2.2.2").getStatus()).as("logging out").isEqualTo(200);
    assertThat(send("POST", "/account/email", "10.2.2.2").getStatus()).as("My Profile's forms count too")
        .isEqualTo(429);
  }
}
