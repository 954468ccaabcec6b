package io.dealeraccess.web;

import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per-address rate limit (Bucket4j) on the login, every public form and every My Profile change: a client that posts more than
 * {@code dealeraccess.rate-limit.posts-per-minute} times a minute gets 429 and the error page that says when to try again.
 * The buckets are shared by every node on PostgreSQL ({@link RateLimits}). Part of the security filter chains, not a
 * servlet filter of its own.
 */
public class RateLimitFilter extends OncePerRequestFilter {

  static final List<String> LIMITED = List.of("/login", "/register", "/requests/", "/password/", "/smartauction/",
      "/email/confirm", "/status", "/staff/login", "/account/", "/forgot-password", "/forgot-user-id");
  private final AddressBuckets buckets;

  public RateLimitFilter(AddressBuckets buckets) {
    this.buckets = buckets;
  }

  /** In this node's memory (tests without a database). */
  RateLimitFilter(int postsPerMinute) {
    this(new AddressBuckets(postsPerMinute));
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    if (!"POST".equals(request.getMethod())) {
      return true;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return LIMITED.stream().noneMatch(path::startsWith);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ConsumptionProbe probe = buckets.of(request.getRemoteAddr()).tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      chain.doFilter(request, response);
      return;
    }
    long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
    response.setHeader("Retry-After", String.valueOf(seconds));
    // the error page (error.html) says how long to wait
    request.setAttribute(ErrorPageAttributes.RETRY_AFTER_SECONDS, seconds);
    response.sendError(429);
  }
}
