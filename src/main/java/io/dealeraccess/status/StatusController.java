package io.dealeraccess.status;

import io.dealeraccess.request.RequestHistory;
import io.dealeraccess.request.RequestQueries;
import io.dealeraccess.request.RequestView;
import java.security.Principal;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * Where a request stands: by reference number and the applicant's email for anyone (a wrong pair gets the same answer
 * as an unknown reference), and "My requests" for a logged-in dealer.
 */
@Controller
class StatusController {

  static final String NOT_FOUND = "We found no request with this reference number and email address. Check both "
      + "against the confirmation page or email.";

  private final RequestQueries requests;
  private final RequestHistory history;

  StatusController(RequestQueries requests, RequestHistory history) {
    this.requests = requests;
    this.history = history;
  }

  @GetMapping("/status")
  String form(Model model) {
    model.addAttribute("form", new StatusForm());
    return "status";
  }

  @PostMapping("/status")
  String lookUp(@ModelAttribute("form") StatusForm form, BindingResult errors, Model model) {
    form.validate(errors);
    if (errors.hasErrors()) {
      return "status";
    }
    Optional<RequestView> request = requests.findForApplicant(form.getReference(), form.getEmail());
    if (request.isEmpty()) {
      model.addAttribute("notFound", NOT_FOUND);
      return "status";
    }
    return show(request.get(), model, "status");
  }

  @GetMapping("/account/requests")
  String myRequests(Principal principal, Model model) {
    model.addAttribute("requests", requests.requestsFor(principal.getName()));
    return "my-requests";
  }

  @GetMapping("/account/requests/{reference}")
  String myRequest(@PathVariable String reference, Principal principal, Model model) {
    RequestView request = requests.findByReference(reference)
        .filter(found -> found.userId().equals(principal.getName()))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    return show(request, model, "my-request");
  }

  private String show(RequestView request, Model model, String view) {
    model.addAttribute("found", request);
    model.addAttribute("timeline", history.dealerTimeline(request.id()));
    return view;
  }
}
