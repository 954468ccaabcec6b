package io.dealeraccess.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

  @GetMapping("/")
  String home() {
    return "home";
  }

  @GetMapping("/login")
  String login(HttpServletRequest request, Model model) {
    model.addAttribute("loginError", WebSecurityConfig.takeLoginError(request));
    return "login";
  }
}
