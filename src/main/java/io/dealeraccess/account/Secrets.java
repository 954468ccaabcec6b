package io.dealeraccess.account;

import java.util.Locale;
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

  public boolean passwordMatches(String rawPassword, String hash) {
    return rawPassword != null && hash != null && encoder.matches(rawPassword, hash);
  }

  public String hashAnswer(String rawAnswer) {
    return encoder.encode(normalizeAnswer(rawAnswer));
  }

  public boolean answerMatches(String rawAnswer, String hash) {
    return rawAnswer != null && hash != null && encoder.matches(normalizeAnswer(rawAnswer), hash);
  }

  static String normalizeAnswer(String answer) {
    return answer.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
