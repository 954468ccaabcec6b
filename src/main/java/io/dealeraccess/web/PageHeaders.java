package io.dealeraccess.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/** The security headers of our own pages (dealer app and staff pages); no-sniff and no-cache are Spring's defaults. */
public final class PageHeaders {

  /**
   * Our pages load scripts, styles and images from this server only, run no inline script, and may not be framed.
   * (Camunda's web apps send their own policy.)
   */
  public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
      + "form-action 'self'; frame-ancestors 'none'";
  public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=()";

  private PageHeaders() {}

  public static void ours(HttpSecurity http) throws Exception {
    http.headers(headers -> headers
        .contentSecurityPolicy(policy -> policy.policyDirectives(CONTENT_SECURITY_POLICY))
        .frameOptions(frame -> frame.deny())
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)));
  }
}
