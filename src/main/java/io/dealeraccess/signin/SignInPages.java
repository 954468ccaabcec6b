package io.dealeraccess.signin;

import io.dealeraccess.account.AccountService;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.account.ApplicationCatalog;
import io.dealeraccess.account.ApplicationEligibility;
import io.dealeraccess.account.DealerRole;
import io.dealeraccess.account.DealerUserDetailsService;
import io.dealeraccess.web.DealerLogin;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The dealer's page when an application may not sign them in: why, and what to do about it. */
@Controller
class SignInPages {

  private final ApplicationSignIn signIn;
  private final AccountService accounts;
  private final ApplicationCatalog catalog;
  private final ApplicationEligibility eligibility;

  SignInPages(ApplicationSignIn signIn, AccountService accounts, ApplicationCatalog catalog,
      ApplicationEligibility eligibility) {
    this.signIn = signIn;
    this.accounts = accounts;
    this.catalog = catalog;
    this.eligibility = eligibility;
  }

  static boolean isDealer(Authentication login) {
    return login.getAuthorities().stream()
        .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + DealerUserDetailsService.DEALER_ROLE));
  }

  @GetMapping(ApplicationAccessFilter.REFUSED_PAGE)
  String refused(@RequestParam(name = "client_id", required = false) String clientId, Principal principal,
      HttpServletResponse response, Model model) {
    if (!(principal instanceof Authentication login) || !isDealer(login) || clientId == null
        || signIn.application(clientId).isEmpty()) {
      return "redirect:/login";
    }
    Optional<ApplicationSignIn.Refusal> refusal = signIn.refusal(login.getName(), clientId);
    if (refusal.isEmpty()) {
      return "redirect:/account";
    }
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    model.addAttribute("refusal", refusal.get());
    // what My Profile's request form would offer: the application only when the ID's role may hold it
    String code = signIn.application(clientId).orElseThrow().getCode();
    String role = accounts.find(login.getName()).map(AccountView::role).orElse(null);
    model.addAttribute("canRequest", catalog.isRequestable(code) && eligibility.isEligible(role, code));
    model.addAttribute("roleLabel", DealerRole.labelOf(role));
    DealerLogin.nextStep(refusal.get().message()).ifPresent(next -> model.addAttribute("nextStep", next));
    return "sign-in/refused";
  }
}
