package io.dealeraccess.profile;

import io.dealeraccess.account.AccountService;
import io.dealeraccess.account.LegacyAccounts;
import io.dealeraccess.account.PasswordLinks;
import io.dealeraccess.account.SecurityQuestion;
import io.dealeraccess.web.ChallengeQuestions;
import io.dealeraccess.web.NewPasswordCheck;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Setting a new password through the single-use link emailed after a reactivation, or after the import of the old
 * portal's user IDs: an ID with no security answers yet (imported) must choose three questions on the same page.
 */
@Controller
class PasswordController {

  private final PasswordLinks links;
  private final NewPasswordCheck passwords;
  private final AccountService accounts;
  private final LegacyAccounts legacy;
  private final SmartValidator validator;

  PasswordController(PasswordLinks links, NewPasswordCheck passwords, AccountService accounts, LegacyAccounts legacy,
      SmartValidator validator) {
    this.links = links;
    this.passwords = passwords;
    this.accounts = accounts;
    this.legacy = legacy;
    this.validator = validator;
  }

  @GetMapping("/password/set")
  String form(@RequestParam(required = false) String user, @RequestParam(required = false) String expires,
      @RequestParam(required = false) String token, Model model) {
    if (!links.isValid(user, expires, token)) {
      return "password-link-invalid";
    }
    model.addAttribute("form", new SetPasswordForm());
    return show(user, expires, token, model);
  }

  @PostMapping("/password/set")
  String set(@RequestParam(required = false) String user, @RequestParam(required = false) String expires,
      @RequestParam(required = false) String token, @ModelAttribute("form") SetPasswordForm form, BindingResult errors,
      Model model) {
    if (!links.isValid(user, expires, token)) {
      return "password-link-invalid";
    }
    boolean withQuestions = legacy.needsSecurityQuestions(user);
    if (withQuestions) {
      validator.validate(form, errors);
      ChallengeQuestions.validate(form, errors);
    }
    passwords.validate(user, form.getPassword(), form.getConfirmPassword(), errors);
    if (errors.hasErrors()) {
      form.forgetSecrets();
      return show(user, expires, token, model);
    }
    if (withQuestions) {
      legacy.setFirstPassword(user, form.getPassword(), form.answers());
    } else {
      accounts.changePassword(user, form.getPassword());
    }
    model.addAttribute("userId", AccountService.normalizeUserId(user));
    return "password-set";
  }

  private String show(String user, String expires, String token, Model model) {
    model.addAttribute("user", user);
    model.addAttribute("expires", expires);
    model.addAttribute("token", token);
    if (legacy.needsSecurityQuestions(user)) {
      model.addAttribute("questions", SecurityQuestion.values());
    }
    return "password-form";
  }
}
