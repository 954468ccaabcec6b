package io.dealeraccess.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

  private final SignInReturn signInReturn;

  HomeController(SignInReturn signInReturn) {
    this.signInReturn = signInReturn;
  }

  @GetMapping("/")
  String home() {
    return "home";
  }

  @GetMapping("/login")
  String login(HttpServletRequest request, HttpServletResponse response, Model model) {
    String error = DealerLogin.takeLoginError(request);
    model.addAttribute("loginError", error);
    model.addAttribute("typedUserId", DealerLogin.takeTypedUserId(request));
    // where an ID that may not log in goes next
    DealerLogin.nextStep(error).ifPresent(next -> {
      model.addAttribute("nextStep", next.path());
      model.addAttribute("nextStepLabel", next.label());
    });
    // signing in to one of the lender's applications: the page says which
    model.addAttribute("signingInTo", signInReturn.applicationName(request, response));
    return "login";
  }
}
