package io.dealeraccess.profile;

import io.dealeraccess.web.Confirmations;
import io.dealeraccess.account.AccountService;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.account.ApplicationCatalog;
import io.dealeraccess.account.ApplicationUses;
import io.dealeraccess.account.ApplicationEligibility;
import io.dealeraccess.account.DealerRole;
import io.dealeraccess.account.PortalApplication;
import io.dealeraccess.account.ProfileService;
import io.dealeraccess.dealership.Dealership;
import io.dealeraccess.dealership.DealershipService;
import io.dealeraccess.request.RequestSubmissions;
import io.dealeraccess.request.SubmissionRules;
import io.dealeraccess.request.RequestType;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * My Profile for the logged-in dealer: only their own user ID, never anyone else's (the ID comes from the login, not
 * the URL). View/Request Applications lets them ask for the applications their role may hold.
 */
@Controller
class AccountController {

  static final String FORM = "form";

  private final AccountService accounts;
  private final DealershipService dealerships;
  private final ApplicationCatalog catalog;
  private final ApplicationEligibility eligibility;
  private final RequestSubmissions requests;
  private final SubmissionRules rules;
  private final ProfileService profiles;
  private final ApplicationUses uses;

  AccountController(AccountService accounts, DealershipService dealerships, ApplicationCatalog catalog,
      ApplicationEligibility eligibility, RequestSubmissions requests, SubmissionRules rules, ProfileService profiles,
      ApplicationUses uses) {
    this.uses = uses;
    this.accounts = accounts;
    this.dealerships = dealerships;
    this.catalog = catalog;
    this.eligibility = eligibility;
    this.requests = requests;
    this.rules = rules;
    this.profiles = profiles;
  }

  @GetMapping("/account")
  String account(Principal principal, Model model) {
    AccountView account = own(principal);
    model.addAttribute("account", account);
    model.addAttribute("dealershipName", dealerships.find(account.pdn()).map(Dealership::getName).orElse(""));
    model.addAttribute("applicationNames", catalog.names(account.applicationCodes()));
    model.addAttribute("roleLabel", DealerRole.labelOf(account.role()));
    model.addAttribute("history", RecentChanges.of(profiles.history(account.userId()), account.userId(), 10));
    return "account";
  }

  @GetMapping("/account/forms")
  String formsAndResources() {
    return "account-forms";
  }

  @GetMapping("/account/applications")
  String applications(Principal principal, Model model) {
    AccountView account = own(principal);
    model.addAttribute("account", account);
    model.addAttribute("applicationNames", catalog.names(account.applicationCodes()));
    model.addAttribute("uses", uses.of(account.userId()));
    model.addAttribute("addRequestOpen", rules.hasOpenRequest(account.userId(), RequestType.ADD_APPLICATION_ACCESS));
    return "account-applications";
  }

  @GetMapping("/account/applications/request")
  String requestForm(Principal principal, Model model) {
    model.addAttribute(FORM, new AddAccessForm());
    return showRequestForm(own(principal), model);
  }

  @PostMapping("/account/applications/request")
  String submitRequest(Principal principal, @Valid @ModelAttribute(FORM) AddAccessForm form, BindingResult errors,
      Model model, HttpSession session) {
    AccountView account = own(principal);
    Set<String> offered = offered(account).stream().filter(app -> eligibility.isEligible(account.role(),
        app.getCode())).map(PortalApplication::getCode).collect(Collectors.toSet());
    if (!offered.containsAll(form.getApplications())) {
      errors.rejectValue("applications", "applications.notOffered",
          "Choose only applications your user ID does not have yet and your role may hold.");
    }
    if (!errors.hasErrors() && rules.hasOpenRequest(account.userId(), RequestType.ADD_APPLICATION_ACCESS)) {
      errors.rejectValue("applications", "applications.open",
          SubmissionRules.alreadyOpen(RequestType.ADD_APPLICATION_ACCESS));
    }
    if (errors.hasErrors()) {
      return Confirmations.unlessSubmitted(requests, session, form, () -> showRequestForm(account, model));
    }
    return Confirmations.submitOnce(requests, session, form, () -> requests.submitAddAccess(account.userId(),
        List.copyOf(form.getApplications())));
  }

  private String showRequestForm(AccountView account, Model model) {
    List<PortalApplication> offered = offered(account);
    model.addAttribute("account", account);
    model.addAttribute("offered", offered);
    model.addAttribute("eligible", offered.stream().filter(app -> eligibility.isEligible(account.role(),
        app.getCode())).map(PortalApplication::getCode).collect(Collectors.toSet()));
    model.addAttribute("roleLabel", DealerRole.labelOf(account.role()));
    // nothing can be chosen while a request for more is in review: the page says so and offers no Submit
    model.addAttribute("openRequest", rules.hasOpenRequest(account.userId(), RequestType.ADD_APPLICATION_ACCESS)
        ? SubmissionRules.alreadyOpen(RequestType.ADD_APPLICATION_ACCESS) : null);
    return "account-request-applications";
  }

  /** Requestable applications the ID does not hold. */
  private List<PortalApplication> offered(AccountView account) {
    return catalog.requestable().stream().filter(app -> !account.applicationCodes().contains(app.getCode()))
        .toList();
  }

  private AccountView own(Principal principal) {
    return accounts.find(principal.getName()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }
}
