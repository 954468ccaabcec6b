package io.dealeraccess.request;

import io.dealeraccess.DealerAccessProperties;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The email-confirmation link of a request. Its token is an HMAC of the reference under the configured secret, so
 * nothing secret is stored or put in a process variable; it is single-use because confirming moves the request out of
 * {@code AWAITING_EMAIL_CONFIRMATION}, and it dies with the 3-day expiry.
 */
@Component
public class VerificationLinks {

  private final byte[] secret;
  private final String baseUrl;

  VerificationLinks(DealerAccessProperties properties) {
    this.secret = properties.security().tokenSecret().getBytes(StandardCharsets.UTF_8);
    this.baseUrl = properties.baseUrl();
  }

  public String linkFor(String reference) {
    return UriComponentsBuilder.fromUriString(baseUrl).path("/register/verify")
        .queryParam("ref", reference).queryParam("token", token(reference)).build().toUriString();
  }

  String token(String reference) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      byte[] digest = mac.doFinal(("verify-email:" + reference).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  boolean isValid(String reference, String token) {
    if (reference == null || token == null) {
      return false;
    }
    return MessageDigest.isEqual(token(reference).getBytes(StandardCharsets.US_ASCII),
        token.getBytes(StandardCharsets.US_ASCII));
  }
}
