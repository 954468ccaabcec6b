package io.dealeraccess.request;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/**
 * Reference numbers like {@code R-7K3Q-X9MD}: random (not guessable, not counting), in an alphabet without look-alike
 * characters so they can be read out over the phone.
 */
@Component
class ReferenceNumbers {

  private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
  private final SecureRandom random = new SecureRandom();

  String next() {
    StringBuilder reference = new StringBuilder("R-");
    for (int i = 0; i < 8; i++) {
      if (i == 4) {
        reference.append('-');
      }
      reference.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    return reference.toString();
  }
}
