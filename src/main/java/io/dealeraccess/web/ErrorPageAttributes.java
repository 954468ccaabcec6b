package io.dealeraccess.web;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/** Spring Boot's error attributes, plus how long a rate-limited client should wait (shown on the 429 page). */
@Component
class ErrorPageAttributes extends DefaultErrorAttributes {

  static final String RETRY_AFTER_SECONDS = ErrorPageAttributes.class.getName() + ".retryAfter";

  @Override
  public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
    Map<String, Object> attributes = super.getErrorAttributes(request, options);
    Object retryAfter = request.getAttribute(RETRY_AFTER_SECONDS, RequestAttributes.SCOPE_REQUEST);
    if (retryAfter != null) {
      attributes.put("retryAfter", retryAfter);
    }
    return attributes;
  }
}
