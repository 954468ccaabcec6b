package io.dealeraccess.signin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.dealeraccess.DealerAccessProperties;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The keys that sign ID and access tokens, in the database, so every node signs with the same key and publishes the
 * same set (JWKS). The newest key signs. A rotation adds a key and retires the others: a retired key is still
 * published until every token it signed has expired ({@link #keepPublished}), then it is gone from the set. The
 * private parts are encrypted (AES-GCM) under {@code dealeraccess.security.token-secret}.
 */
@Component
class SigningKeys implements JWKSource<SecurityContext> {

  /** An ID token lives 30 minutes (Spring Authorization Server's fixed lifetime); a margin for clocks. */
  static final Duration ID_TOKEN_LIFETIME = Duration.ofMinutes(30);
  static final Duration CLOCK_MARGIN = Duration.ofMinutes(5);
  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SigningKeys.class);
  private static final String SALT = "6465616c65726163636573736b657973";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final TextEncryptor encryptor;
  private final SignInProperties properties;
  private final Clock clock;

  SigningKeys(JdbcTemplate jdbc, TransactionTemplate transactions, DealerAccessProperties dealerAccess,
      SignInProperties properties, Clock clock) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.encryptor = Encryptors.delux(dealerAccess.security().tokenSecret(), SALT);
    this.properties = properties;
    this.clock = clock;
  }

  /** The published set (JWKS): the signing key and the retired keys whose tokens may still be in use. */
  @Override
  public List<JWK> get(JWKSelector selector, SecurityContext context) {
    return selector.select(new JWKSet(published().stream().map(JWK::toPublicJWK).toList()));
  }

  /** Only the key that signs now, for the token encoder. */
  JWKSource<SecurityContext> signing() {
    return (selector, context) -> selector.select(new JWKSet(current()));
  }

  /**
   * The key that signs now: the newest not retired. The first one is made here, and a new one when none can be read
   * (the unreadable ones retired with it).
   */
  JWK current() {
    List<JWK> keys = keys("retired_at is null");
    if (!keys.isEmpty()) {
      return keys.get(0);
    }
    rotate();
    return keys("retired_at is null").get(0);
  }

  List<JWK> published() {
    current();
    return keys("published_until is null or published_until > ?", Timestamp.from(clock.instant()));
  }

  /** A new key signs from now on; the others stay published until the tokens they signed have expired. */
  String rotate() {
    return transactions.execute(status -> {
      Instant now = clock.instant();
      jdbc.update("update sign_in_key set retired_at = ?, published_until = ? where retired_at is null",
          Timestamp.from(now), Timestamp.from(now.plus(keepPublished())));
      return add();
    });
  }

  /** How long a retired key's tokens may still be presented: the longer of the ID and access tokens' lives. */
  Duration keepPublished() {
    Duration access = properties.accessTokenTimeToLive();
    return (access.compareTo(ID_TOKEN_LIFETIME) > 0 ? access : ID_TOKEN_LIFETIME).plus(CLOCK_MARGIN);
  }

  private String add() {
    try {
      RSAKey key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID(UUID.randomUUID().toString())
          .issueTime(java.util.Date.from(clock.instant())).generate();
      jdbc.update("insert into sign_in_key (kid, jwk, created_at) values (?, ?, ?)", key.getKeyID(),
          encryptor.encrypt(key.toJSONString()), Timestamp.from(clock.instant()));
      return key.getKeyID();
    } catch (JOSEException e) {
      throw new IllegalStateException("No RSA key could be made", e);
    }
  }

  /**
   * The keys that can be read: one encrypted under another token secret (the secret was changed) is left out, so
   * the first sign-in after the change makes a new key rather than failing.
   */
  private List<JWK> keys(String condition, Object... arguments) {
    return jdbc.query("select kid, jwk from sign_in_key where " + condition + " order by created_at desc, kid",
        (row, number) -> parse(row.getString("kid"), row.getString("jwk")), arguments)
        .stream().filter(java.util.Objects::nonNull).toList();
  }

  private JWK parse(String kid, String encrypted) {
    try {
      return JWK.parse(encryptor.decrypt(encrypted));
    } catch (ParseException | IllegalStateException e) {
      log.warn("The signing key {} cannot be read (was dealeraccess.security.token-secret changed?): not used", kid);
      return null;
    }
  }
}
