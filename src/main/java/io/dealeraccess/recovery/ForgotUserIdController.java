package io.dealeraccess.recovery;

import io.dealeraccess.account.UserIdReminders;
import io.dealeraccess.web.Captcha;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Forgot user ID: the PDN and an email address; the answer goes to that address, the page says the same always. */
@Controller
@RequestMapping("/forgot-user-id")
class ForgotUserIdController {

  private final UserIdReminders reminders;
  private final Captcha captcha;

  ForgotUserIdController(UserIdReminders reminders, Captcha captcha) {
    this.reminders = reminders;
    this.captcha = captcha;
  }

  @GetMapping
  String form(Model model, HttpSession session) {
    return show(new ForgotUserIdForm(), model, session);
  }

  @PostMapping
  String remind(@Valid @ModelAttribute("form") ForgotUserIdForm form, BindingResult errors,
      @RequestParam(name = "newCode", required = false) String newCode, Model model, HttpSession session) {
    if (newCode != null) {
      model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
      return show(form, model, session);
    }
    captcha.verify(session, form.getCaptcha(), errors);
    if (errors.hasErrors()) {
      return show(form, model, session);
    }
    reminders.remind(form.getPdn(), form.getEmail());
    model.addAttribute("email", form.getEmail());
    model.addAttribute("pdn", form.getPdn());
    model.addAttribute("perHour", UserIdReminders.EMAILS_PER_HOUR);
    return "recovery/forgot-user-id-sent";
  }

  private String show(ForgotUserIdForm form, Model model, HttpSession session) {
    form.forgetSecrets();
    captcha.prepare(session, model);
    model.addAttribute("form", form);
    return "recovery/forgot-user-id";
  }
}
