package io.dealeraccess.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Hashes passwords and security answers. Answers are compared the way people type them: case, surrounding and
 * repeated spaces do not matter.
 */
@Component
public class Secrets {

  private final PasswordEncoder encoder;

  Secrets(PasswordEncoder encoder) {
    this.encoder = encoder;
  }

  public String hashPassword(String rawPassword) {
    return encoder.encode(rawPassword);
  }

  /**
   * What an ID holds as its password before its owner chooses one (an imported ID, a reactivated one): no password
   * matches it, and writing it costs no hash, so an import of 100,000 IDs hashes nothing. Each value is different,
   * so a link signed with it ({@link PasswordLinks}) is one ID's.
   */
  public String noPasswordYet() {
    return "{" + PasswordHashing.UNSET + "}" + UUID.randomUUID();
  }

  public boolean passwordMatches(String rawPassword, String hash) {
    return rawPassword != null && hash != null && encoder.matches(rawPassword, hash);
  }

  public String hashAnswer(String rawAnswer) {
    return encoder.encode(normalizeAnswer(rawAnswer));
  }

  public boolean answerMatches(String rawAnswer, String hash) {
    return rawAnswer != null && hash != null && encoder.matches(normalizeAnswer(rawAnswer), hash);
  }

  /**
   * An answer as it is hashed: case, surrounding and repeated spaces folded. BCrypt reads at most 72 bytes (and
   * Spring's encoder refuses more), while an answer may have up to 100 characters: a longer one is hashed as its
   * SHA-256, so every character counts. Shorter answers are hashed as they always were.
   */
  static String normalizeAnswer(String answer) {
    String folded = answer.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    byte[] bytes = folded.getBytes(StandardCharsets.UTF_8);
    if (bytes.length <= 72) {
      return folded;
    }
    try {
      return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
