package io.dealeraccess.web;

import io.dealeraccess.DealerAccessProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the configured lender and portal names on every page: the product is white-label. */
@ControllerAdvice
class Branding {

  private final DealerAccessProperties properties;

  Branding(DealerAccessProperties properties) {
    this.properties = properties;
  }

  @ModelAttribute("brand")
  DealerAccessProperties brand() {
    return properties;
  }
}
