package io.dealeraccess.web;

import io.dealeraccess.account.ApplicationCatalog;
import io.dealeraccess.account.DealerRole;
import io.dealeraccess.request.RequestQueries;
import io.dealeraccess.request.RequestView;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The printable confirmation of the request this browser just submitted, for every request type. */
@Controller
class ConfirmationController {

  private final RequestQueries requests;
  private final ApplicationCatalog catalog;

  ConfirmationController(RequestQueries requests, ApplicationCatalog catalog) {
    this.requests = requests;
    this.catalog = catalog;
  }

  @GetMapping({"/register/confirmation", "/requests/confirmation", "/account/applications/confirmation"})
  String confirmation(HttpSession session, Model model) {
    Optional<RequestView> request = Confirmations.last(session).flatMap(requests::findByReference);
    if (request.isEmpty()) {
      return "redirect:/requests/new";
    }
    RequestView shown = request.get();
    model.addAttribute("request", shown);
    model.addAttribute("applicationNames", catalog.names(shown.applications()));
    model.addAttribute("roleLabel", shown.role() == null ? null : DealerRole.labelOf(shown.role()));
    return "confirmation";
  }
}
