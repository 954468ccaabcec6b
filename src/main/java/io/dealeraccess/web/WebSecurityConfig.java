package io.dealeraccess.web;

import io.dealeraccess.DealerAccessProperties;
import io.dealeraccess.account.AccountService;
import io.dealeraccess.account.DealerPrincipal;
import io.dealeraccess.account.DealerUserDetailsService;
import io.dealeraccess.account.DealerUserStatus;
import io.dealeraccess.account.LoginThrottle;
import io.dealeraccess.staff.CamundaStaffLogin;
import io.dealeraccess.staff.CamundaWebapps;
import io.dealeraccess.staff.StaffGroups;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.authentication.AccountStatusException;

/**
 * Two chains. Camunda's web apps and REST API bring their own login, CSRF protection and (for /engine-rest) HTTP Basic
 * against Camunda users, so Spring Security stands aside there. Everything else is the dealer app: form login with the
 * user ID, CSRF on every form, and only public pages open to anyone.
 */
@Configuration
@EnableWebSecurity
class WebSecurityConfig {

  static final String LOGIN_ERROR = "loginError";
  /**
   * Our pages load scripts, styles and images from this server only, run no inline script, and may not be framed.
   * (Camunda's web apps send their own policy.)
   */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
      + "form-action 'self'; frame-ancestors 'none'";
  /** JSON only: nothing in a REST answer may load or run anything. */
  static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";
  static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=()";
  static final String PROMETHEUS = "/actuator/prometheus";

  @Bean
  @Order(1)
  SecurityFilterChain camunda(HttpSecurity http) throws Exception {
    // Matched on the raw path: these are Camunda's own servlets and filters, not Spring MVC's.
    http.securityMatcher(request -> {
          String path = request.getRequestURI().substring(request.getContextPath().length());
          return path.startsWith(CamundaWebapps.PATH + "/") || path.startsWith("/engine-rest/") || path.equals("/engine-rest");
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

  /** Security headers of our own pages (dealer app and staff pages); no-sniff and no-cache are Spring's defaults. */
  static void ourPageHeaders(HttpSecurity http) throws Exception {
    http.headers(headers -> headers
        .contentSecurityPolicy(policy -> policy.policyDirectives(CONTENT_SECURITY_POLICY))
        .frameOptions(frame -> frame.deny())
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)));
  }

  /** Our own staff pages, for Camunda users (their groups as roles). */
  @Bean
  @Order(2)
  SecurityFilterChain staffPages(HttpSecurity http, CamundaStaffLogin staffLogin, RateLimits limits,
      DealerAccessProperties properties) throws Exception {
    int postsPerMinute = properties.rateLimit().postsPerMinute();
    http.securityMatcher(new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/staff/**"),
            PathPatternRequestMatcher.withDefaults().matcher(PROMETHEUS)))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/staff/login").permitAll()
            .requestMatchers("/staff/identity-check/**").hasAnyRole(CamundaStaffLogin.role(StaffGroups.HELPDESK),
                CamundaStaffLogin.role(StaffGroups.HELPDESK_SUPERVISORS))
            .requestMatchers("/staff/emails").hasAnyRole(CamundaStaffLogin.role(StaffGroups.HELPDESK_SUPERVISORS),
                CamundaStaffLogin.role(StaffGroups.CAMUNDA_ADMIN))
            .requestMatchers(PROMETHEUS).hasAnyRole(
                CamundaStaffLogin.role(StaffGroups.ANALYSTS), CamundaStaffLogin.role(StaffGroups.CAMUNDA_ADMIN),
                CamundaStaffLogin.role(StaffGroups.HELPDESK_SUPERVISORS))
            .requestMatchers("/staff/analytics", "/staff/analytics/**").hasAnyRole(
                CamundaStaffLogin.role(StaffGroups.ANALYSTS), CamundaStaffLogin.role(StaffGroups.CAMUNDA_ADMIN))
            // staff only: a dealer's login lives in the same session store, and must not open staff pages
            .anyRequest().hasAnyRole(CamundaStaffLogin.role(StaffGroups.HELPDESK),
                CamundaStaffLogin.role(StaffGroups.HELPDESK_SUPERVISORS), CamundaStaffLogin.role(StaffGroups.ANALYSTS),
                CamundaStaffLogin.role(StaffGroups.CAMUNDA_ADMIN)))
        .authenticationManager(new ProviderManager(staffLogin.provider()))
        .addFilterBefore(new RateLimitFilter(limits.perMinute("staff-posts", postsPerMinute)),
            UsernamePasswordAuthenticationFilter.class)
        // HTTP Basic too, for the Prometheus scraper
        .httpBasic(basic -> { })
        .formLogin(form -> form.loginPage("/staff/login").defaultSuccessUrl("/staff", false)
            .failureUrl("/staff/login?error"))
        .logout(logout -> logout.logoutUrl("/staff/logout").logoutSuccessUrl("/staff/login"));
    ourPageHeaders(http);
    return http.build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain dealerApp(HttpSecurity http, DealerUserDetailsService users, PasswordEncoder encoder,
      AccountService accounts, LoginThrottle throttle, SessionRegistry dealerSessions, RateLimits limits,
      DealerAccessProperties properties) throws Exception {
    int postsPerMinute = properties.rateLimit().postsPerMinute();
    http.authorizeHttpRequests(requests -> requests
            .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
            .requestMatchers(EndpointRequest.toAnyEndpoint()).denyAll()
            .requestMatchers("/", "/register", "/register/**", "/requests/**", "/password/**", "/smartauction/**",
                "/help", "/status", "/email/confirm", "/captcha.png", "/login", "/error", "/mailbox", "/mailbox/**", "/webjars/**", "/assets/**",
                "/img/**", "/favicon.ico").permitAll()
            .requestMatchers("/account/**").hasRole(DealerUserDetailsService.DEALER_ROLE)
            .anyRequest().authenticated())
        // its own manager, with no parent that would check the ID's status before the password
        .authenticationManager(new ProviderManager(new ThrottledLogin(dealerLogin(users, encoder), throttle)))
        .addFilterBefore(new RateLimitFilter(limits.perMinute("posts", postsPerMinute)),
            UsernamePasswordAuthenticationFilter.class)
        .formLogin(form -> form
            .loginPage("/login")
            .usernameParameter("userId")
            .successHandler((request, response, authentication) -> {
              accounts.recordLogin(authentication.getName());
              response.sendRedirect(request.getContextPath() + "/account");
            })
            .failureHandler((request, response, exception) -> {
              request.getSession().setAttribute(LOGIN_ERROR, loginMessage(exception));
              response.sendRedirect(request.getContextPath() + "/login?error");
            }))
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?loggedOut"))
        // every sign-in registered, so a password change, lock or deactivation can end the ID's other sessions
        .sessionManagement(sessions -> sessions.maximumSessions(-1).sessionRegistry(dealerSessions)
            .expiredUrl("/login?signedOut"))
        // a visitor gets a session only where a page must remember something (the captcha's code, a sign-in):
        // the CSRF token lives in a cookie, and no address is kept for after the login (it always opens My Profile)
        .csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()))
        .requestCache(cache -> cache.requestCache(new NullRequestCache()));
    ourPageHeaders(http);
    return http.build();
  }

  /**
   * Checks the password first and the ID's status after, so a status message is never shown to someone who does not
   * know the password.
   */
  static DaoAuthenticationProvider dealerLogin(DealerUserDetailsService users, PasswordEncoder encoder) {
    DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
    provider.setPasswordEncoder(encoder);
    UserDetailsChecker nothing = user -> {};
    provider.setPreAuthenticationChecks(nothing);
    provider.setPostAuthenticationChecks(WebSecurityConfig::checkStatus);
    return provider;
  }

  static final String INACTIVE = "Your user ID is inactive because it has not been used for 60 days or more. "
      + "Submit a reactivation request on the User ID Request Form to use it again.";
  static final String DEACTIVATED = "This user ID has been deactivated. To regain access, submit a new user ID "
      + "request.";
  static final String LOCKED_OUT = "Too many failed logins. For your security this user ID is locked for 15 minutes. "
      + "Try again later, or call the help desk.";
  static final String PENDING_DEACTIVATION = "This user ID is locked while a request to deactivate it is reviewed. "
      + "Call the help desk if you did not expect this.";

  static void checkStatus(UserDetails user) {
    DealerPrincipal dealer = (DealerPrincipal) user;
    if (dealer.status() == DealerUserStatus.DEACTIVATED) {
      throw new LoginRefusedException(DEACTIVATED);
    }
    if (dealer.status() == DealerUserStatus.INACTIVE) {
      throw new LoginRefusedException(INACTIVE);
    }
    if (dealer.pendingDeactivation()) {
      throw new LoginRefusedException(PENDING_DEACTIVATION);
    }
  }

  static String loginMessage(AuthenticationException exception) {
    if (exception instanceof LoginRefusedException refused) {
      return refused.getMessage();
    }
    return "The user ID or password is incorrect.";
  }

  /** A right password for an ID that may not log in now; the message says why. */
  static class LoginRefusedException extends AccountStatusException {
    LoginRefusedException(String message) {
      super(message);
    }
  }

  /** The login as a whole: refused while the ID is locked out; failures counted, success clears the count. */
  static final class ThrottledLogin implements org.springframework.security.authentication.AuthenticationProvider {

    private final DaoAuthenticationProvider login;
    private final LoginThrottle throttle;

    ThrottledLogin(DaoAuthenticationProvider login, LoginThrottle throttle) {
      this.login = login;
      this.throttle = throttle;
    }

    @Override
    public org.springframework.security.core.Authentication authenticate(
        org.springframework.security.core.Authentication authentication) {
      String typed = authentication.getName();
      if (throttle.isLocked(typed)) {
        throw new LoginRefusedException(LOCKED_OUT);
      }
      try {
        org.springframework.security.core.Authentication result = login.authenticate(authentication);
        throttle.succeeded(typed);
        return result;
      } catch (org.springframework.security.authentication.BadCredentialsException e) {
        if (throttle.failed(typed)) {
          throw new LoginRefusedException(LOCKED_OUT);
        }
        throw e;
      }
    }

    @Override
    public boolean supports(Class<?> authentication) {
      return login.supports(authentication);
    }
  }

  static String takeLoginError(HttpServletRequest request) {
    if (request.getSession(false) == null) {
      return null;
    }
    Object message = request.getSession().getAttribute(LOGIN_ERROR);
    request.getSession().removeAttribute(LOGIN_ERROR);
    return message == null ? null : message.toString();
  }
}
