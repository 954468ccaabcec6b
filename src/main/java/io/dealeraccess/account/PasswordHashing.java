package io.dealeraccess.account;

import io.dealeraccess.DealerAccessProperties;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration
class PasswordHashing {

  private static final String BCRYPT = "bcrypt";
  /** The id of {@link Secrets#noPasswordYet()}: an ID whose owner has not chosen a password. */
  static final String UNSET = "unset";

  /**
   * BCrypt today, with the algorithm's id in each hash so it can change later without a migration. Its cost
   * ({@code dealeraccess.security.bcrypt-strength}, 10 by default) is lowered only in tests, which hash thousands of
   * passwords and answers.
   */
  @Bean
  PasswordEncoder passwordEncoder(DealerAccessProperties properties) {
    return encoder(properties.security().bcryptStrength());
  }

  static PasswordEncoder encoder(int strength) {
    BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(strength);
    Map<String, PasswordEncoder> encoders = new HashMap<>();
    encoders.put(BCRYPT, bcrypt);
    encoders.put(UNSET, new NoPasswordYet(bcrypt));
    return new DelegatingPasswordEncoder(BCRYPT, encoders);
  }

  /**
   * Matches no password. It still compares the typed one with a BCrypt hash, so a login to an ID without a password
   * takes as long as any other failed login and tells nobody which IDs have none.
   */
  private static final class NoPasswordYet implements PasswordEncoder {

    private final BCryptPasswordEncoder bcrypt;
    private final String decoy;

    NoPasswordYet(BCryptPasswordEncoder bcrypt) {
      this.bcrypt = bcrypt;
      this.decoy = bcrypt.encode("no password is chosen for this user ID");
    }

    @Override
    public String encode(CharSequence rawPassword) {
      throw new UnsupportedOperationException("nothing is hashed as no password");
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
      bcrypt.matches(rawPassword, decoy);
      return false;
    }
  }
}
