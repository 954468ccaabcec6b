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

    assertThat(captcha.check(session, " " + code.toLowerCase() + " ", null)).isTrue();
    assertThat(captcha.check(session, code, null)).as("a code is good for one check").isFalse();
  }

  @Test
  void refusesAWrongOrMissingCode() {
    captcha.renew(session);
    String code = code();

    assertThat(captcha.check(session, code + "X", null)).isFalse();
    assertThat(captcha.check(session, null, null)).isFalse();
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
    assertThat(captcha.check(session, first, null)).isFalse();
  }

  /** What captcha.js does in the browser: tries numbers until one gives the challenge's SHA-256. */
  static String solve(Captcha.ProofOfWork challenge) throws Exception {
    java.security.MessageDigest sha256 = java.security.MessageDigest.getInstance("SHA-256");
    for (int n = 0; n <= challenge.max(); n++) {
      byte[] hash = sha256.digest((challenge.salt() + n).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      if (java.util.HexFormat.of().formatHex(hash).equals(challenge.challenge())) {
        return String.valueOf(n);
      }
    }
    throw new AssertionError("no number solves " + challenge);
  }

  @Test
  void aSolvedProofOfWorkPassesWithoutTheTypedCodeOnce() throws Exception {
    Captcha.ProofOfWork challenge = captcha.renew(session);
    String proof = solve(challenge);

    assertThat(captcha.check(session, null, proof)).as("no reading needed").isTrue();
    assertThat(captcha.check(session, null, proof)).as("a proof is good for one check").isFalse();
  }

  @Test
  void aWrongOrForeignProofIsRefused() throws Exception {
    Captcha.ProofOfWork first = captcha.renew(session);
    String oldProof = solve(first);
    Captcha.ProofOfWork second = captcha.renew(session);
    String proof = solve(second);
    String wrong = String.valueOf(Integer.parseInt(proof) + 1);

    assertThat(captcha.check(session, null, wrong)).isFalse();
    captcha.renew(session);
    assertThat(first.salt()).isNotEqualTo(second.salt());
    assertThat(captcha.check(session, null, oldProof.equals(proof) ? "x" : oldProof))
        .as("the proof of an earlier challenge").isFalse();
  }

  @Test
  void anEmptyCodeAsksForTheCodeAndAWrongOneSaysItDoesNotMatch() {
    captcha.renew(session);
    org.springframework.validation.BeanPropertyBindingResult empty =
        new org.springframework.validation.BeanPropertyBindingResult(new CodeForm(), "form");
    captcha.verify(session, " ", null, empty);
    assertThat(empty.getFieldError("captcha").getDefaultMessage()).isEqualTo("Type the security code.");

    captcha.renew(session);
    org.springframework.validation.BeanPropertyBindingResult wrong =
        new org.springframework.validation.BeanPropertyBindingResult(new CodeForm(), "form");
    captcha.verify(session, "WRONG", null, wrong);
    assertThat(wrong.getFieldError("captcha").getDefaultMessage()).startsWith("The security code does not match.");
  }

  /** A form with a captcha field, as the public forms have. */
  public static class CodeForm {
    private String captcha;

    public String getCaptcha() {
      return captcha;
    }

    public void setCaptcha(String captcha) {
      this.captcha = captcha;
    }
  }

  @Test
  void switchedOffItAcceptsAnything() {
    Captcha off = new Captcha(properties(false));

    assertThat(off.isEnabled()).isFalse();
    assertThat(off.check(session, null, null)).isTrue();
  }
}
