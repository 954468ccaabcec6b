package io.dealeraccess.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealeraccess.DealerAccessProperties;
import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

class CaptchaTest {

  private final Captcha captcha = new Captcha(properties(true));
  private final MockHttpSession session = new MockHttpSession();

  private static DealerAccessProperties properties(boolean enabled) {
    return io.dealeraccess.ShippedProperties.with(java.util.Map.of("dealeraccess.captcha.enabled", enabled));
  }

  private String code() {
    return (String) session.getAttribute(Captcha.SESSION_KEY);
  }

  @Test
  void drawsTheCodeAsAPngImage() throws Exception {
    byte[] png = captcha.image(session);

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(200);
    assertThat(image.getHeight()).isEqualTo(60);
    assertThat(code()).hasSize(6);
  }

  @Test
  void acceptsTheRightCodeInAnyCaseOnce() {
    captcha.renew(session);
    String code = code();

    assertThat(captcha.check(session, " " + code.toLowerCase() + " ")).isTrue();
    assertThat(captcha.check(session, code)).as("a code is good for one check").isFalse();
  }

  @Test
  void refusesAWrongOrMissingCode() {
    captcha.renew(session);
    String code = code();

    assertThat(captcha.check(session, code + "X")).isFalse();
    assertThat(captcha.check(session, null)).isFalse();
  }

  @Test
  void tryANewCodeReplacesTheOldOne() {
    captcha.renew(session);
    String first = code();
    String second = first;
    for (int i = 0; i < 5 && second.equals(first); i++) {
      captcha.renew(session);
      second = code();
    }

    assertThat(second).isNotEqualTo(first);
    assertThat(captcha.check(session, first)).isFalse();
  }

  @Test
  void switchedOffItAcceptsAnything() {
    Captcha off = new Captcha(properties(false));

    assertThat(off.isEnabled()).isFalse();
    assertThat(off.check(session, null)).isTrue();
  }
}
