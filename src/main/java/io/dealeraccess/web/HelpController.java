package io.dealeraccess.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Answers to the dealers' common questions; the help desk's number and hours come from configuration. */
@Controller
class HelpController {

  @GetMapping("/help")
  String help() {
    return "help";
  }
}
