package io.dealeraccess.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

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

  /**
   * The one page our own pages frame: the local mailbox's HTML view of an email (its own, stricter policy allows
   * framing by our origin only).
   */
  public static final String FRAMED_BY_OUR_PAGES = "/mailbox/message/html";

  public static void ours(HttpSecurity http) throws Exception {
    http.headers(headers -> headers
        .contentSecurityPolicy(policy -> policy.policyDirectives(CONTENT_SECURITY_POLICY))
        .frameOptions(frame -> frame.disable())
        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher(FRAMED_BY_OUR_PAGES)),
            new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY)))
        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
            PathPatternRequestMatcher.withDefaults().matcher(FRAMED_BY_OUR_PAGES),
            new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.SAMEORIGIN)))
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)));
  }
}
