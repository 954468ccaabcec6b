package io.dealeraccess.profile;

import io.dealeraccess.web.NewPasswordCheck;
import io.dealeraccess.web.PasswordForm;
import io.dealeraccess.account.AccountService;
import io.dealeraccess.account.PasswordLinks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Setting a new password through the single-use link emailed after a reactivation. */
@Controller
class PasswordController {

  private final PasswordLinks links;
  private final NewPasswordCheck passwords;
  private final AccountService accounts;

  PasswordController(PasswordLinks links, NewPasswordCheck passwords, AccountService accounts) {
    this.links = links;
    this.passwords = passwords;
    this.accounts = accounts;
  }

  @GetMapping("/password/set")
  String form(@RequestParam(required = false) String user, @RequestParam(required = false) String expires,
      @RequestParam(required = false) String token, Model model) {
    if (!links.isValid(user, expires, token)) {
      return "password-link-invalid";
    }
    model.addAttribute("form", new PasswordForm());
    return show(user, expires, token, model);
  }

  @PostMapping("/password/set")
  String set(@RequestParam(required = false) String user, @RequestParam(required = false) String expires,
      @RequestParam(required = false) String token, @ModelAttribute("form") PasswordForm form, BindingResult errors,
      Model model) {
    if (!links.isValid(user, expires, token)) {
      return "password-link-invalid";
    }
    passwords.validate(user, form.getPassword(), form.getConfirmPassword(), errors);
    if (errors.hasErrors()) {
      form.forgetSecrets();
      return show(user, expires, token, model);
    }
    accounts.changePassword(user, form.getPassword());
    model.addAttribute("userId", AccountService.normalizeUserId(user));
    return "password-set";
  }

  private String show(String user, String expires, String token, Model model) {
    model.addAttribute("user", user);
    model.addAttribute("expires", expires);
    model.addAttribute("token", token);
    return "password-form";
  }
}
