package io.dealeraccess;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links in emails that prove they came from us: the token is an HMAC, under {@code dealeraccess.security.token-secret},
 * of a purpose, the link's parameters and optional hidden parts (such as the current password hash, which makes a
 * set-password link single-use). Nothing secret is stored or put in a process variable.
 */
@Component
public class SignedLinks {

  public static final String TOKEN = "token";

  private final byte[] secret;
  private final String baseUrl;

  SignedLinks(DealerAccessProperties properties) {
    this.secret = properties.security().tokenSecret().getBytes(StandardCharsets.UTF_8);
    this.baseUrl = properties.baseUrl();
  }

  /** An absolute link to {@code path} with {@code params} and their token. */
  public String link(String path, String purpose, Map<String, String> params, String... hidden) {
    UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(baseUrl).path(path);
    params.forEach(uri::queryParam);
    return uri.queryParam(TOKEN, token(purpose, params, hidden)).encode().build().toUriString();
  }

  /** Whether {@code token} was made by {@link #link} for the same purpose, parameters and hidden parts. */
  public boolean isValid(String token, String purpose, Map<String, String> params, String... hidden) {
    if (token == null || params.values().stream().anyMatch(value -> value == null)) {
      return false;
    }
    return MessageDigest.isEqual(token(purpose, params, hidden).getBytes(StandardCharsets.US_ASCII),
        token.getBytes(StandardCharsets.US_ASCII));
  }

  /** Parameters in a fixed order, as both sides must sign them. */
  public static Map<String, String> params(String... namesAndValues) {
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      params.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return params;
  }

  private String token(String purpose, Map<String, String> params, String... hidden) {
    StringBuilder message = new StringBuilder(purpose);
    params.forEach((name, value) -> message.append('|').append(name).append('=').append(value));
    for (String part : hidden) {
      message.append('|').append(part);
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      byte[] digest = mac.doFinal(message.toString().getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
