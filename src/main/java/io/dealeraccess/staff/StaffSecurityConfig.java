package io.dealeraccess.staff;

import io.dealeraccess.DealerAccessProperties;
import io.dealeraccess.web.PageHeaders;
import io.dealeraccess.web.RateLimitFilter;
import io.dealeraccess.web.RateLimits;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The staff's three chains, before the dealer app's. Camunda's web apps and REST API bring their own login, CSRF
 * protection and (for /engine-rest) HTTP Basic against Camunda users, so Spring Security stands aside there; the
 * product's API takes HTTP Basic against Camunda users itself; our own staff pages sign Camunda users in with their
 * groups as roles.
 */
@Configuration
class StaffSecurityConfig {

  /** JSON only: nothing in a REST answer may load or run anything. */
  static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";
  static final String PROMETHEUS = "/actuator/prometheus";

  @Bean
  @Order(1)
  SecurityFilterChain camunda(HttpSecurity http) throws Exception {
    // Matched on the raw path: these are Camunda's own servlets and filters, not Spring MVC's.
    http.securityMatcher(request -> {
          String path = request.getRequestURI().substring(request.getContextPath().length());
          return path.startsWith(CamundaWebapps.PATH + "/") || path.startsWith("/engine-rest/")
              || path.equals("/engine-rest");
        })
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        // Camunda's web apps frame their own pages and set their own Content-Security-Policy (with nonces)
        .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin())
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
            .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                request -> request.getRequestURI().substring(request.getContextPath().length())
                    .startsWith("/engine-rest"),
                new StaticHeadersWriter("Content-Security-Policy", API_CONTENT_SECURITY_POLICY))));
    return http.build();
  }

  /**
   * The product's API for the lender's systems ({@code /api/**}): HTTP Basic with a Camunda user of
   * {@code access-admins} (or an administrator) on every call, no session, no cookie (so no CSRF token either).
   */
  @Bean
  @Order(2)
  SecurityFilterChain api(HttpSecurity http, CamundaStaffLogin staffLogin) throws Exception {
    http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"))
        .authorizeHttpRequests(requests -> requests.anyRequest().hasAnyRole(
            CamundaStaffLogin.role(StaffGroups.ACCESS_ADMINS), CamundaStaffLogin.role(StaffGroups.CAMUNDA_ADMIN)))
        .authenticationManager(new ProviderManager(staffLogin.provider()))
        .httpBasic(basic -> basic.realmName("Dealer Access Desk API"))
        .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .headers(headers -> headers.addHeaderWriter(
            new StaticHeadersWriter("Content-Security-Policy", API_CONTENT_SECURITY_POLICY)));
    return http.build();
  }

  /** Our own staff pages, for Camunda users (their groups as roles). */
  @Bean
  @Order(3)
  SecurityFilterChain staffPages(HttpSecurity http, CamundaStaffLogin staffLogin, RateLimits limits,
      DealerAccessProperties properties) throws Exception {
    int postsPerMinute = properties.rateLimit().postsPerMinute();
    http.securityMatcher(new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/staff/**"),
            PathPatternRequestMatcher.withDefaults().matcher(PROMETHEUS)))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/staff/login", StaffPagesController.FORBIDDEN).permitAll()
            .requestMatchers("/staff/identity-check/**").hasAnyRole(CamundaStaffLogin.role(StaffGroups.HELPDESK),
                CamundaStaffLogin.role(StaffGroups.HELPDESK_SUPERVISORS))
            .requestMatchers("/staff/emails").hasAnyRole(CamundaStaffLogin.role(StaffGroups.HELPDESK_SUPERVISORS),
                CamundaStaffLogin.role(StaffGroups.CAMUNDA_ADMIN))
            .requestMatchers(PROMETHEUS).hasAnyRole(
                CamundaStaffLogin.role(StaffGroups.ANALYSTS), CamundaStaffLogin.role(StaffGroups.CAMUNDA_ADMIN),
                CamundaStaffLogin.role(StaffGroups.HELPDESK_SUPERVISORS))
            .requestMatchers("/staff/dealerships/import", "/staff/dealerships/import/**", "/staff/user-ids/import",
                "/staff/user-ids/import/**", "/staff/sign-in-clients", "/staff/sign-in-clients/**").hasAnyRole(
                CamundaStaffLogin.role(StaffGroups.ACCESS_ADMINS), CamundaStaffLogin.role(StaffGroups.CAMUNDA_ADMIN))
            .requestMatchers("/staff/analytics", "/staff/analytics/**").hasAnyRole(
                CamundaStaffLogin.role(StaffGroups.ANALYSTS), CamundaStaffLogin.role(StaffGroups.CAMUNDA_ADMIN))
            // staff only: a dealer's login lives in the same session store, and must not open staff pages
            .anyRequest().hasAnyRole(CamundaStaffLogin.role(StaffGroups.HELPDESK),
                CamundaStaffLogin.role(StaffGroups.HELPDESK_SUPERVISORS), CamundaStaffLogin.role(StaffGroups.ANALYSTS),
                CamundaStaffLogin.role(StaffGroups.ACCESS_ADMINS), CamundaStaffLogin.role(StaffGroups.CAMUNDA_ADMIN)))
        .authenticationManager(new ProviderManager(staffLogin.provider()))
        .addFilterBefore(new RateLimitFilter(limits.perMinute("staff-posts", postsPerMinute)),
            UsernamePasswordAuthenticationFilter.class)
        // HTTP Basic too, for the Prometheus scraper
        .httpBasic(basic -> { })
        .formLogin(form -> form.loginPage("/staff/login").defaultSuccessUrl("/staff", false)
            .failureUrl("/staff/login?error"))
        .logout(logout -> logout.logoutUrl("/staff/logout").logoutSuccessUrl("/staff/login"))
        // a staff member refused a page (their groups) sees a staff page that says so, not the dealers' error page
        .exceptionHandling(exceptions -> exceptions.accessDeniedPage(StaffPagesController.FORBIDDEN));
    PageHeaders.ours(http);
    return http.build();
  }
}
