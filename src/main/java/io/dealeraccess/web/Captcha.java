package io.dealeraccess.web;

import io.dealeraccess.DealerAccessProperties;
import jakarta.servlet.http.HttpSession;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/**
 * The security code (captcha) of the public forms: a code kept in the visitor's session and drawn on the server as a
 * distorted image. A code is good for one check; "try a new code" draws another. Off only with
 * {@code dealeraccess.captcha.enabled=false} (tests and load drivers).
 */
@Component
public class Captcha {

  static final String SESSION_KEY = Captcha.class.getName() + ".code";
  private static final char[] ALPHABET = "ABCDEFGHJKMNPRSTUVWXYZ2345678".toCharArray();
  private static final int LENGTH = 6;
  private static final int WIDTH = 200;
  private static final int HEIGHT = 60;

  private final boolean enabled;
  private final SecureRandom random = new SecureRandom();

  Captcha(DealerAccessProperties properties) {
    this.enabled = properties.captcha().enabled();
  }

  public boolean isEnabled() {
    return enabled;
  }

  /** Draws a fresh code for this visitor. */
  public void renew(HttpSession session) {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    session.setAttribute(SESSION_KEY, code.toString());
  }

  /** A fresh code for the form about to be shown, and what the page needs to show it. */
  public void prepare(HttpSession session, org.springframework.ui.Model model) {
    renew(session);
    model.addAttribute("captchaEnabled", enabled);
    model.addAttribute("captchaVersion", System.nanoTime());
  }

  /** True when {@code answer} matches the visitor's code (any case, spaces ignored). Each code is checked once. */
  public boolean check(HttpSession session, String answer) {
    if (!enabled) {
      return true;
    }
    Object code = session.getAttribute(SESSION_KEY);
    session.removeAttribute(SESSION_KEY);
    if (code == null || answer == null) {
      return false;
    }
    return code.toString().equals(answer.replaceAll("\\s", "").toUpperCase(Locale.ROOT));
  }

  /** Checks the code typed in a form's {@code captcha} field and puts the message next to it when it is wrong. */
  public void verify(HttpSession session, String answer, org.springframework.validation.BindingResult errors) {
    if (!check(session, answer)) {
      errors.rejectValue("captcha", "captcha.wrong",
          "The security code does not match. Type the characters in the new image, or select try a new code.");
    }
  }

  /** The visitor's current code as a PNG; draws a code first if there is none. */
  public byte[] image(HttpSession session) {
    if (session.getAttribute(SESSION_KEY) == null) {
      renew(session);
    }
    return draw(session.getAttribute(SESSION_KEY).toString());
  }

  private byte[] draw(String code) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(new Color(245, 247, 250));
      g.fillRect(0, 0, WIDTH, HEIGHT);
      for (int i = 0; i < 12; i++) {
        g.setColor(new Color(150 + random.nextInt(90), 150 + random.nextInt(90), 150 + random.nextInt(90)));
        g.setStroke(new BasicStroke(1 + random.nextFloat()));
        g.drawLine(random.nextInt(WIDTH), random.nextInt(HEIGHT), random.nextInt(WIDTH), random.nextInt(HEIGHT));
      }
      Font font = new Font(Font.SANS_SERIF, Font.BOLD, 32);
      int step = (WIDTH - 20) / code.length();
      for (int i = 0; i < code.length(); i++) {
        AffineTransform rotation = AffineTransform.getRotateInstance((random.nextDouble() - 0.5) * 0.6);
        g.setFont(font.deriveFont(rotation));
        g.setColor(new Color(random.nextInt(90), random.nextInt(90), 60 + random.nextInt(100)));
        g.drawString(String.valueOf(code.charAt(i)), 12 + i * step, 40 + random.nextInt(10) - 5);
      }
      for (int i = 0; i < 300; i++) {
        image.setRGB(random.nextInt(WIDTH), random.nextInt(HEIGHT), random.nextInt(0xFFFFFF));
      }
    } finally {
      g.dispose();
    }
    try (ByteArrayOutputStream png = new ByteArrayOutputStream()) {
      ImageIO.write(image, "png", png);
      return png.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
