package io.dealeraccess.web;

import io.dealeraccess.DealerAccessProperties;
import io.dealeraccess.account.AccountService;
import io.dealeraccess.account.DealerUserDetailsService;
import io.dealeraccess.account.LoginThrottle;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * The dealer app's chain, after the staff's three (staff/StaffSecurityConfig): form login with the user ID, CSRF on
 * every form, and only public pages open to anyone.
 */
@Configuration
@EnableWebSecurity
class WebSecurityConfig {

  @Bean
  @Order(4)
  SecurityFilterChain dealerApp(HttpSecurity http, DealerUserDetailsService users, PasswordEncoder encoder,
      AccountService accounts, LoginThrottle throttle, SessionRegistry dealerSessions, RateLimits limits,
      DealerAccessProperties properties, SignInReturn signInReturn) throws Exception {
    int postsPerMinute = properties.rateLimit().postsPerMinute();
    http.authorizeHttpRequests(requests -> requests
            .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
            .requestMatchers(EndpointRequest.toAnyEndpoint()).denyAll()
            .requestMatchers("/", "/register", "/register/**", "/requests/**", "/password/**", "/smartauction/**",
                "/help", "/status", "/email/confirm",
                "/forgot-password", "/forgot-password/**", "/forgot-user-id", "/captcha.png", "/login", "/error", "/mailbox", "/mailbox/**",
                "/webjars/**", "/assets/**", "/img/**", "/favicon.ico",
                // the sign-in's own pages (signin) and the demo's application pages (demo data only)
                "/sign-in/**", "/demo/**").permitAll()
            .requestMatchers("/account/**").hasRole(DealerUserDetailsService.DEALER_ROLE)
            .anyRequest().authenticated())
        // its own manager, with no parent that would check the ID's status before the password
        .authenticationManager(new ProviderManager(DealerLogin.provider(users, encoder, throttle)))
        .addFilterBefore(new RateLimitFilter(limits.perMinute("posts", postsPerMinute)),
            UsernamePasswordAuthenticationFilter.class)
        .formLogin(form -> form
            .loginPage("/login")
            .usernameParameter("userId")
            .successHandler((request, response, authentication) -> {
              accounts.recordLogin(authentication.getName());
              // back to the application that sent the dealer here (its authorization request), or My Profile
              String back = signInReturn.take(request, response);
              if (back != null) {
                SignInReturn.continueTo(response, back);
              } else {
                response.sendRedirect(request.getContextPath() + "/account");
              }
            })
            .failureHandler((request, response, exception) -> {
              request.getSession().setAttribute(DealerLogin.LOGIN_ERROR, DealerLogin.loginMessage(exception));
              // the user ID stays in the form after the failure (not the password)
              request.getSession().setAttribute(DealerLogin.LOGIN_USER_ID, DealerLogin.typedUserId(request));
              response.sendRedirect(request.getContextPath() + "/login?error");
            }))
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?loggedOut"))
        // every sign-in registered, so a password change, lock or deactivation can end the ID's other sessions
        .sessionManagement(sessions -> sessions.maximumSessions(-1).sessionRegistry(dealerSessions)
            .expiredUrl("/login?signedOut"))
        // a visitor gets a session only where a page must remember something (the captcha's code, a sign-in):
        // the CSRF token lives in a cookie, and no address is kept for after the login (it opens My Profile, or
        // returns to an application's authorization request that the sign-in chain kept: SignInReturn)
        .csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()))
        .requestCache(cache -> cache.requestCache(new NullRequestCache()));
    PageHeaders.ours(http);
    return http.build();
  }
}
