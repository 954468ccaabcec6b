package io.dealeraccess.web;

import io.dealeraccess.account.AccountService;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.account.ApplicationCatalog;
import io.dealeraccess.dealership.Dealership;
import io.dealeraccess.dealership.DealershipService;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/** My account: the logged-in dealer's own user ID, never anyone else's (the ID comes from the login, not the URL). */
@Controller
class AccountController {

  private final AccountService accounts;
  private final DealershipService dealerships;
  private final ApplicationCatalog catalog;

  AccountController(AccountService accounts, DealershipService dealerships, ApplicationCatalog catalog) {
    this.accounts = accounts;
    this.dealerships = dealerships;
    this.catalog = catalog;
  }

  @GetMapping("/account")
  String account(Principal principal, Model model) {
    AccountView account = accounts.find(principal.getName())
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    model.addAttribute("account", account);
    model.addAttribute("dealershipName", dealerships.find(account.pdn()).map(Dealership::getName).orElse(""));
    model.addAttribute("applicationNames", catalog.names(account.applicationCodes()));
    return "account";
  }
}
