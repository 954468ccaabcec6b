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

  /**
   * BCrypt today, with the algorithm's id in each hash so it can change later without a migration. Its cost
   * ({@code dealeraccess.security.bcrypt-strength}, 10 by default) is lowered only in tests, which hash thousands of
   * passwords and answers.
   */
  @Bean
  PasswordEncoder passwordEncoder(DealerAccessProperties properties) {
    int strength = properties.security().bcryptStrength();
    Map<String, PasswordEncoder> encoders = new HashMap<>();
    encoders.put(BCRYPT, new BCryptPasswordEncoder(strength));
    return new DelegatingPasswordEncoder(BCRYPT, encoders);
  }
}
