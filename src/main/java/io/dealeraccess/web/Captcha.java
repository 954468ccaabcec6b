package io.dealeraccess.web;

import static java.nio.charset.StandardCharsets.UTF_8;

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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The security code (captcha) of the public forms: a code kept in the visitor's session and drawn on the server as a
 * distorted image, and beside it a proof of work that needs no reading (WCAG 1.1.1): the page's script
 * ({@code captcha.js}) finds the number whose SHA-256 with the challenge's salt is the challenge and sends it as
 * {@value #PROOF_PARAMETER}, so a blind dealer's browser answers the check for them. Either passes; both are kept in
 * the session and good for one check; "try a new code" draws both again. Off only with
 * {@code dealeraccess.captcha.enabled=false} (tests and load drivers).
 */
@Component
public class Captcha {

  static final String SESSION_KEY = Captcha.class.getName() + ".code";
  static final String PROOF_KEY = Captcha.class.getName() + ".proof";
  /** The request parameter with the browser's answer to the proof of work. */
  public static final String PROOF_PARAMETER = "captchaProof";
  /**
   * The highest number a challenge hides: a browser tries half of them on average (about a second in Chromium on
   * a laptop), a program that posts forms pays the same for every post.
   */
  static final int PROOF_MAX = 100_000;
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

  /** The proof of work a page hands the browser: find n in 0..max with hex(SHA-256(salt + n)) = challenge. */
  public record ProofOfWork(String salt, String challenge, int max) {}

  /** Draws a fresh code and a fresh proof of work for this visitor. */
  public ProofOfWork renew(HttpSession session) {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    session.setAttribute(SESSION_KEY, code.toString());
    byte[] salt = new byte[16];
    random.nextBytes(salt);
    String saltHex = HexFormat.of().formatHex(salt);
    String number = String.valueOf(random.nextInt(PROOF_MAX + 1));
    session.setAttribute(PROOF_KEY, number);
    return new ProofOfWork(saltHex, sha256(saltHex + number), PROOF_MAX);
  }

  /** A fresh code for the form about to be shown, and what the page needs to show it. */
  public void prepare(HttpSession session, org.springframework.ui.Model model) {
    ProofOfWork proof = renew(session);
    model.addAttribute("captchaEnabled", enabled);
    model.addAttribute("captchaVersion", System.nanoTime());
    model.addAttribute("captchaProof", proof);
  }

  /**
   * True when {@code proof} answers the visitor's proof of work, or {@code answer} matches the code (any case,
   * spaces ignored). Each code and proof is checked once.
   */
  public boolean check(HttpSession session, String answer, String proof) {
    if (!enabled) {
      return true;
    }
    Object code = session.getAttribute(SESSION_KEY);
    Object number = session.getAttribute(PROOF_KEY);
    session.removeAttribute(SESSION_KEY);
    session.removeAttribute(PROOF_KEY);
    if (number != null && proof != null && MessageDigest.isEqual(number.toString().getBytes(UTF_8),
        proof.strip().getBytes(UTF_8))) {
      return true;
    }
    if (code == null || answer == null) {
      return false;
    }
    return code.toString().equals(answer.replaceAll("\\s", "").toUpperCase(Locale.ROOT));
  }

  /**
   * Checks the code typed in a form's {@code captcha} field, or the browser's proof of work sent with this request,
   * and puts the message next to the field when neither passes.
   */
  public void verify(HttpSession session, String answer, org.springframework.validation.BindingResult errors) {
    verify(session, answer, proofOfThisRequest(), errors);
  }

  void verify(HttpSession session, String answer, String proof, org.springframework.validation.BindingResult errors) {
    boolean typed = answer != null && !answer.isBlank();
    if (!check(session, answer, proof)) {
      if (typed) {
        errors.rejectValue("captcha", "captcha.wrong",
            "The security code does not match. Type the characters in the new image, or select try a new code.");
      } else {
        errors.rejectValue("captcha", "captcha.empty", "Type the security code.");
      }
    }
  }

  private static String proofOfThisRequest() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
        ? request.getRequest().getParameter(PROOF_PARAMETER) : null;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
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
