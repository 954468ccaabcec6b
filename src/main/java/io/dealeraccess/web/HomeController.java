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
    String error = DealerLogin.takeLoginError(request);
    model.addAttribute("loginError", error);
    // where an ID that may not log in goes next
    if (DealerLogin.INACTIVE.equals(error)) {
      model.addAttribute("nextStep", "/requests/reactivate");
      model.addAttribute("nextStepLabel", "Reactivate your user ID");
    } else if (DealerLogin.DEACTIVATED.equals(error)) {
      model.addAttribute("nextStep", "/register");
      model.addAttribute("nextStepLabel", "Request a new user ID");
    }
    return "login";
  }
}
