package io.dealeraccess.web;

import io.dealeraccess.dealership.Dealership;
import io.dealeraccess.dealership.DealershipService;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.util.UriComponentsBuilder;

/** "PDN first": the first step of every public form, on one shared page. */
@Component
public class PdnStep {

  static final String UNKNOWN_PDN = io.dealeraccess.request.SubmissionRules.UNKNOWN_PDN;

  /** Where the PDN page posts, where it leads, and what it says. */
  public record Page(String action, String next, String heading, String step) {}

  private final DealershipService dealerships;

  PdnStep(DealershipService dealerships) {
    this.dealerships = dealerships;
  }

  public String show(Page page, PdnForm form, String error, Model model) {
    model.addAttribute("pdnForm", form);
    model.addAttribute("pdnError", error);
    model.addAttribute("page", page);
    return "pdn";
  }

  /** The next step for a known, active PDN; the PDN page with the message by the field otherwise. */
  public String check(Page page, PdnForm form, BindingResult errors, Model model) {
    if (!errors.hasErrors() && activeDealership(form.getPdn()).isEmpty()) {
      errors.rejectValue("pdn", "pdn.unknown", UNKNOWN_PDN);
    }
    if (errors.hasErrors()) {
      model.addAttribute("page", page);
      return "pdn";
    }
    return "redirect:" + UriComponentsBuilder.fromPath(page.next()).queryParam("pdn", form.getPdn()).build()
        .toUriString();
  }

  /** Someone reached a later step with a PDN that is not (or no longer) an active dealership's. */
  public String unknown(Page page, String pdn, Model model) {
    PdnForm form = new PdnForm();
    form.setPdn(pdn);
    return show(page, form, UNKNOWN_PDN, model);
  }

  public Optional<Dealership> activeDealership(String pdn) {
    return pdn != null && pdn.matches("\\d{5}") ? dealerships.findActive(pdn) : Optional.empty();
  }
}
