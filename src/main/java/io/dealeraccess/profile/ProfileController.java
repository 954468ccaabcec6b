package io.dealeraccess.profile;

import io.dealeraccess.web.ApplicantForm;
import io.dealeraccess.web.ChallengeQuestions;
import io.dealeraccess.web.FormText;
import io.dealeraccess.web.NewPasswordCheck;
import io.dealeraccess.account.AccountConflictException;
import io.dealeraccess.account.AccountService;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.request.RequestSubmissions;
import io.dealeraccess.request.SubmissionRejectedException;
import io.dealeraccess.account.LoginThrottle;
import io.dealeraccess.account.DealerRole;
import io.dealeraccess.account.ProfileService;
import io.dealeraccess.account.SecurityQuestion;
import jakarta.validation.Valid;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/**
 * My Profile → View Profile: edit profile, update email address, change password, change security questions,
 * change Help Desk secret question. Always the logged-in dealer's own user ID.
 */
@Controller
class ProfileController {

  static final String FORM = "form";
  static final String SAVED = "saved";

  private final AccountService accounts;
  private final ProfileService profiles;
  private final NewPasswordCheck passwords;
  private final RequestSubmissions requests;

  ProfileController(AccountService accounts, ProfileService profiles, NewPasswordCheck passwords,
      RequestSubmissions requests) {
    this.requests = requests;
    this.accounts = accounts;
    this.profiles = profiles;
    this.passwords = passwords;
  }

  @GetMapping("/account/profile")
  String editProfile(Principal principal, Model model) {
    AccountView account = own(principal);
    ProfileForm form = new ProfileForm();
    form.setFirstName(account.firstName());
    form.setLastName(account.lastName());
    form.setBusinessPhone(account.businessPhone());
    form.setRole(account.role());
    model.addAttribute(FORM, form);
    return showProfile(model);
  }

  @PostMapping("/account/profile")
  String saveProfile(Principal principal, @Valid @ModelAttribute(FORM) ProfileForm form, BindingResult errors,
      Model model, RedirectAttributes redirect) {
    if (form.getRole() != null && !FormText.isOneOf(DealerRole.class, form.getRole())) {
      errors.rejectValue("role", "role.unknown", "Choose your role from the list.");
    }
    if (errors.hasErrors()) {
      return showProfile(model);
    }
    AccountView account = own(principal);
    String roleChange = null;
    if (form.getRole() != null && !form.getRole().equals(account.role())) {
      // the role decides which applications the ID may hold: the help desk verifies it first
      try {
        roleChange = requests.submitRoleChange(account.userId(), form.getRole()).reference();
      } catch (SubmissionRejectedException e) {
        errors.rejectValue("role", "role.pending", e.getMessage());
        return showProfile(model);
      }
    }
    profiles.editProfile(account.userId(), form.getFirstName(), form.getLastName(),
        ApplicantForm.normalizePhone(form.getBusinessPhone()));
    return saved(redirect, roleChange == null
        ? "Your profile is saved. We sent a confirmation to your email address."
        : "Your name and business phone are saved. Your new role takes effect when the help desk approves it "
            + "(request " + roleChange + ", within one business day); until then your current role counts.");
  }

  @GetMapping("/account/email")
  String email(Model model) {
    model.addAttribute(FORM, new EmailForm());
    return "profile/email";
  }

  @PostMapping("/account/email")
  String requestEmailChange(Principal principal, @Valid @ModelAttribute(FORM) EmailForm form, BindingResult errors,
      RedirectAttributes redirect) {
    AccountView account = own(principal);
    if (!errors.hasErrors() && form.getEmail().equals(account.email())) {
      errors.rejectValue("email", "email.same", "This is already your email address.");
    }
    if (!errors.hasErrors() && confirmedByPassword(account.userId(), form.getCurrentPassword(), errors)) {
      try {
        profiles.requestEmailChange(account.userId(), form.getEmail());
        return saved(redirect, "We sent a link to " + form.getEmail() + ". Your new address takes effect when you "
            + "follow it; until then we keep using " + account.email() + ".");
      } catch (AccountConflictException e) {
        errors.rejectValue("email", "email.taken", e.getMessage());
      }
    }
    form.forgetCurrentPassword();
    return "profile/email";
  }

  /** The link from the new address: a page with a button, so that mail scanners following links change nothing. */
  @GetMapping("/email/confirm")
  String confirmEmailPage(@RequestParam(required = false) String user, @RequestParam(required = false) String email,
      @RequestParam(required = false) String expires, @RequestParam(required = false) String token, Model model) {
    model.addAttribute("user", user);
    model.addAttribute("email", email);
    model.addAttribute("expires", expires);
    model.addAttribute("token", token);
    return "profile/email-confirm";
  }

  @PostMapping("/email/confirm")
  String confirmEmail(@RequestParam(required = false) String user, @RequestParam(required = false) String email,
      @RequestParam(required = false) String expires, @RequestParam(required = false) String token, Model model) {
    model.addAttribute("outcome", profiles.confirmEmailChange(user, email, expires, token).name());
    model.addAttribute("email", email);
    return "profile/email-confirmed";
  }

  @GetMapping("/account/password")
  String password(Model model) {
    model.addAttribute(FORM, new ChangePasswordForm());
    return "profile/password";
  }

  @PostMapping("/account/password")
  String changePassword(Principal principal, @ModelAttribute(FORM) ChangePasswordForm form, BindingResult errors,
      RedirectAttributes redirect) {
    String userId = own(principal).userId();
    passwords.validate(userId, form.getPassword(), form.getConfirmPassword(), errors);
    if (errors.hasErrors() || !confirmedByPassword(userId, form.getCurrentPassword(), errors)) {
      form.forgetSecrets();
      return "profile/password";
    }
    profiles.changePassword(userId, form.getPassword());
    return saved(redirect, "Your new password is set. We sent a confirmation to your email address.");
  }

  @GetMapping("/account/questions")
  String questions(Model model) {
    model.addAttribute(FORM, new QuestionsForm());
    return showQuestions(model);
  }

  @PostMapping("/account/questions")
  String changeQuestions(Principal principal, @Valid @ModelAttribute(FORM) QuestionsForm form, BindingResult errors,
      Model model, RedirectAttributes redirect) {
    ChallengeQuestions.validate(form, errors);
    if (errors.hasErrors() || !confirmedByPassword(own(principal).userId(), form.getCurrentPassword(), errors)) {
      // the answers stay (the dealer typed them, and Help promises it); only the password goes
      form.forgetCurrentPassword();
      return showQuestions(model);
    }
    profiles.changeChallengeQuestions(own(principal).userId(), form.answers());
    return saved(redirect, "Your security questions are changed. We sent a confirmation to your email "
        + "address.");
  }

  @GetMapping("/account/helpdesk-question")
  String helpDeskQuestion(Principal principal, Model model) {
    HelpDeskQuestionForm form = new HelpDeskQuestionForm();
    form.setQuestion(own(principal).helpdeskQuestion());
    model.addAttribute(FORM, form);
    return "profile/helpdesk-question";
  }

  @PostMapping("/account/helpdesk-question")
  String changeHelpDeskQuestion(Principal principal, @Valid @ModelAttribute(FORM) HelpDeskQuestionForm form,
      BindingResult errors, RedirectAttributes redirect) {
    if (errors.hasErrors() || !confirmedByPassword(own(principal).userId(), form.getCurrentPassword(), errors)) {
      form.forgetCurrentPassword();
      return "profile/helpdesk-question";
    }
    profiles.changeHelpDeskQuestion(own(principal).userId(), form.getQuestion(), form.getAnswer());
    return saved(redirect, "Your Help Desk secret question is changed. We sent a confirmation to your email "
        + "address.");
  }

  /** The current password confirms the change; a wrong one says so next to its field (and counts as a failed login). */
  private boolean confirmedByPassword(String userId, String currentPassword, BindingResult errors) {
    switch (profiles.checkCurrentPassword(userId, currentPassword)) {
      case CORRECT -> {
        return true;
      }
      case WRONG -> errors.rejectValue("currentPassword", "currentPassword.wrong",
          "Your current password is not correct.");
      case LOCKED -> errors.rejectValue("currentPassword", "currentPassword.locked", "Too many wrong passwords: "
          + "this user ID is locked for " + LoginThrottle.LOCK.toMinutes() + " minutes and you are logged out.");
    }
    return false;
  }

  private String showProfile(Model model) {
    model.addAttribute("roles", DealerRole.values());
    return "profile/edit";
  }

  private String showQuestions(Model model) {
    model.addAttribute("questions", SecurityQuestion.values());
    return "profile/questions";
  }

  private static String saved(RedirectAttributes redirect, String message) {
    redirect.addFlashAttribute(SAVED, message);
    return "redirect:/account";
  }

  private AccountView own(Principal principal) {
    return accounts.find(principal.getName()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }
}
