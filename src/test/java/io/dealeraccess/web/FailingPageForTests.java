package io.dealeraccess.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Test classpath only: a page that fails as an unexpected bug would, to see the error page the server renders. */
@Controller
class FailingPageForTests {

  static final String PATH = "/requests/test-only-failure";

  @GetMapping(PATH)
  String fail() {
    throw new IllegalStateException("a bug the dealer must not see");
  }
}
