package io.dealeraccess.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;

class CaptchaControllerTest {

  private final CaptchaController controller = new CaptchaController(new Captcha(io.dealeraccess.ShippedProperties.with(java.util.Map.of("dealeraccess.captcha.enabled", true))), 2);

  private int imageFor(String address) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/captcha.png");
    request.setRemoteAddr(address);
    request.setSession(new MockHttpSession());
    return controller.image(request).getStatusCode().value();
  }

  @Test
  void anAddressGetsThreeImagesPerAllowedPostThen429() {
    for (int i = 0; i < 2 * CaptchaController.IMAGES_PER_POST; i++) {
      assertThat(imageFor("10.9.9.9")).isEqualTo(200);
    }

    assertThat(imageFor("10.9.9.9")).isEqualTo(429);
    assertThat(imageFor("10.9.9.10")).as("another address").isEqualTo(200);
  }

  @Test
  void aRequestWithoutTheFormsSessionGetsNoImageAndNoSession() {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/captcha.png");

    assertThat(controller.image(request).getStatusCode().value()).isEqualTo(404);
    assertThat(request.getSession(false)).isNull();
  }

  /** Found by the sweep benchmark: its instance allows 10^9 posts a minute, and three images each overflowed. */
  @org.junit.jupiter.api.Test
  void aVeryHighPostLimitStillGivesAPositiveImageLimit() {
    org.assertj.core.api.Assertions.assertThat(CaptchaController.imagesPerMinute(1_000_000_000))
        .isEqualTo(Integer.MAX_VALUE);
    org.assertj.core.api.Assertions.assertThat(CaptchaController.imagesPerMinute(20)).isEqualTo(60);
    org.assertj.core.api.Assertions.assertThatCode(() -> new CaptchaController(new Captcha(io.dealeraccess.ShippedProperties.with(java.util.Map.of("dealeraccess.captcha.enabled", true))),
        1_000_000_000)).doesNotThrowAnyException();
  }
}
