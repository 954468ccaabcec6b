package io.dealeraccess.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /error} is where the server shows an error that happened; asked for directly, there is no error to show and
 * Spring Boot's controller would answer 500. It is an unknown page to a visitor: 404.
 */
@Component
class DirectErrorRequests extends OncePerRequestFilter {

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !path.equals("/error") && !path.startsWith("/error/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.sendError(HttpServletResponse.SC_NOT_FOUND);
  }
}
