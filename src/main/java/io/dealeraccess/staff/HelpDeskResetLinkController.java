package io.dealeraccess.staff;

import io.dealeraccess.account.IdentityCheck;
import io.dealeraccess.account.PasswordRecovery;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * On the identity check page, after the caller's answer matched: the agent sends the owner a password reset link to
 * the email on file (audited with the agent's user name). The agent never sees or sets a password.
 */
@Controller
class HelpDeskResetLinkController {

  private final PasswordRecovery recovery;
  private final IdentityCheck identityCheck;

  HelpDeskResetLinkController(PasswordRecovery recovery, IdentityCheck identityCheck) {
    this.recovery = recovery;
    this.identityCheck = identityCheck;
  }

  @PostMapping("/staff/identity-check/reset-link")
  String send(@RequestParam(required = false) String userId, Principal staff, Model model) {
    if (userId == null || userId.isBlank()) {
      return "redirect:/staff/identity-check";
    }
    model.addAttribute("resetLink", recovery.sendByHelpDesk(userId, staff.getName()));
    model.addAttribute("userId", userId.strip());
    model.addAttribute("question", identityCheck.questionFor(userId).orElse(null));
    model.addAttribute("looked", true);
    return "staff/identity-check";
  }
}
