package io.dealeraccess.staff;

import io.dealeraccess.DealerAccessProperties;
import io.dealeraccess.web.AddressBuckets;
import io.dealeraccess.web.RateLimits;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Staff passwords are tried at Camunda's REST API (HTTP Basic on every call) and its web apps' login: a client
 * address gets {@code dealeraccess.rate-limit.posts-per-minute} failed attempts a minute there, as a dealer form
 * does, then 429 until its budget refills. Only failures count (answered 401), so an integration's many good calls
 * are not slowed. Runs before Camunda's authentication filter, so an address over its budget reaches no password
 * check (and so locks no staff user). The staff pages' own login is counted by {@code RateLimitFilter}.
 */
@Configuration
class FailedStaffLoginLimit {

  @Bean
  FilterRegistrationBean<Filter> failedStaffLoginLimitFilter(DealerAccessProperties properties,
      RateLimits limits) {
    int perMinute = properties.rateLimit().postsPerMinute();
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
        new Filter(limits.perMinute("failed-staff-logins", perMinute)));
    registration.addUrlPatterns("/engine-rest/*", "/api/*", CamundaWebapps.LOGIN_API + "*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
    return registration;
  }

  static final class Filter extends OncePerRequestFilter {

    private final AddressBuckets failures;

    Filter(AddressBuckets failures) {
      this.failures = failures;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String address = request.getRemoteAddr();
      if (failures.of(address).getAvailableTokens() < 1) {
        long seconds = failures.secondsToWait(address);
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(seconds));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter().write("{\"type\":\"TooManyRequests\",\"message\":\"Too many failed logins from this "
            + "address. Try again in " + seconds + " seconds.\"}");
        return;
      }
      chain.doFilter(request, response);
      if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED && isPasswordCheck(request)) {
        failures.of(address).tryConsume(1);
      }
    }

    /**
     * A call that checked a password: any engine REST or product API call (HTTP Basic), and the web apps' login itself; not the web
     * apps asking who is logged in, which answers 401 to every visitor of the login page.
     */
    private static boolean isPasswordCheck(HttpServletRequest request) {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      return path.startsWith("/engine-rest") || path.startsWith("/api/") || ("POST".equals(request.getMethod()) && path.contains("/login/"));
    }
  }
}
