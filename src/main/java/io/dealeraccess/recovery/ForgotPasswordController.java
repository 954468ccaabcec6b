package io.dealeraccess.recovery;

import io.dealeraccess.account.PasswordRecovery;
import io.dealeraccess.account.PasswordRecovery.ResetAnswer;
import io.dealeraccess.web.Captcha;
import io.dealeraccess.web.NewPasswordCheck;
import io.dealeraccess.web.PasswordForm;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Forgot password: the user ID and the email on file (the same answer whatever matched), then, from the emailed
 * link, the ID's security question and the new password. The rules are {@link PasswordRecovery}'s.
 */
@Controller
@RequestMapping("/forgot-password")
class ForgotPasswordController {

  private static final String FORM = "form";
  /**
   * The link whose question this browser answered rightly: the new password is taken only from that browser, not
   * from anyone else holding the link (a forwarded email, a mail scanner).
   */
  static final String ANSWERED = "forgot-password.answered";

  private final PasswordRecovery recovery;
  private final Captcha captcha;
  private final NewPasswordCheck passwords;

  ForgotPasswordController(PasswordRecovery recovery, Captcha captcha, NewPasswordCheck passwords) {
    this.recovery = recovery;
    this.captcha = captcha;
    this.passwords = passwords;
  }

  @GetMapping
  String form(Model model, HttpSession session) {
    return show(new ForgotPasswordForm(), model, session);
  }

  @PostMapping
  String request(@Valid @ModelAttribute(FORM) ForgotPasswordForm form, BindingResult errors,
      @RequestParam(name = "newCode", required = false) String newCode, Model model, HttpSession session) {
    if (newCode != null) {
      model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + FORM);
      return show(form, model, session);
    }
    captcha.verify(session, form.getCaptcha(), errors);
    if (errors.hasErrors()) {
      return show(form, model, session);
    }
    recovery.requestReset(form.getUserId(), form.getEmail());
    model.addAttribute("validHours", PasswordRecovery.LINK_VALID_FOR.toHours());
    return "recovery/forgot-password-sent";
  }

  /** The emailed link: its security question, or the page that says the link does not work any more. */
  @GetMapping("/reset")
  String question(@RequestParam(required = false) String user, @RequestParam(required = false) String expires,
      @RequestParam(required = false) String token, Model model) {
    Optional<PasswordRecovery.ResetQuestion> question = recovery.openLink(user, expires, token);
    if (question.isEmpty()) {
      return "recovery/link-invalid";
    }
    model.addAttribute(FORM, new ResetAnswerForm());
    return showQuestion(question.get(), user, expires, token, model);
  }

  @PostMapping("/reset")
  String answer(@RequestParam(required = false) String user, @RequestParam(required = false) String expires,
      @RequestParam(required = false) String token, @Valid @ModelAttribute(FORM) ResetAnswerForm form,
      BindingResult errors, Model model, HttpSession session) {
    if (errors.hasErrors()) {
      return recovery.question(user, expires, token)
          .map(question -> showQuestion(question, user, expires, token, model)).orElse("recovery/link-invalid");
    }
    ResetAnswer answer = recovery.answer(user, expires, token, form.getAnswer());
    form.forgetSecrets();
    return switch (answer.outcome()) {
      case CORRECT -> {
        session.setAttribute(ANSWERED, token);
        yield showPassword(new PasswordForm(), user, expires, token, model);
      }
      case WRONG -> {
        errors.rejectValue("answer", "answer.wrong", "That answer does not match our records. "
            + answer.attemptsLeft() + (answer.attemptsLeft() == 1 ? " attempt" : " attempts") + " left.");
        yield recovery.question(user, expires, token)
            .map(question -> showQuestion(question, user, expires, token, model)).orElse("recovery/link-invalid");
      }
      case BLOCKED -> {
        model.addAttribute("blocked", true);
        yield "recovery/link-invalid";
      }
      case LINK_NOT_VALID -> "recovery/link-invalid";
    };
  }

  @PostMapping("/reset/password")
  String reset(@RequestParam(required = false) String user, @RequestParam(required = false) String expires,
      @RequestParam(required = false) String token, @ModelAttribute(FORM) PasswordForm form, BindingResult errors,
      Model model, HttpSession session) {
    if (token == null || !token.equals(session.getAttribute(ANSWERED)) || !recovery.isAnswered(user, expires, token)) {
      return "recovery/link-invalid";
    }
    passwords.validate(user, form.getPassword(), form.getConfirmPassword(), errors);
    if (errors.hasErrors() || !recovery.reset(user, expires, token, form.getPassword())) {
      form.forgetSecrets();
      return errors.hasErrors() ? showPassword(form, user, expires, token, model) : "recovery/link-invalid";
    }
    session.removeAttribute(ANSWERED);
    model.addAttribute("userId", user.strip().toLowerCase(java.util.Locale.ROOT));
    return "recovery/password-reset";
  }

  private String showQuestion(PasswordRecovery.ResetQuestion question, String user, String expires, String token,
      Model model) {
    model.addAttribute("question", question.question());
    model.addAttribute("userId", question.userId());
    model.addAttribute("maxWrong", PasswordRecovery.MAX_WRONG_ANSWERS);
    return link("recovery/reset-question", user, expires, token, model);
  }

  private String showPassword(PasswordForm form, String user, String expires, String token, Model model) {
    model.addAttribute(FORM, form);
    return link("recovery/reset-password", user, expires, token, model);
  }

  private static String link(String view, String user, String expires, String token, Model model) {
    model.addAttribute("user", user);
    model.addAttribute("expires", expires);
    model.addAttribute("token", token);
    return view;
  }

  private String show(ForgotPasswordForm form, Model model, HttpSession session) {
    form.forgetSecrets();
    captcha.prepare(session, model);
    model.addAttribute(FORM, form);
    return "recovery/forgot-password";
  }
}
