package io.dealeraccess.smartauction;

import io.dealeraccess.request.RequestView;
import io.dealeraccess.smartauction.SmartAuctionTerms;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The SmartAuction terms, reached by the emailed link, and the dealer's acceptance. */
@Controller
class SmartAuctionController {

  private final SmartAuctionTerms terms;

  SmartAuctionController(SmartAuctionTerms terms) {
    this.terms = terms;
  }

  @GetMapping("/smartauction/terms")
  String show(@RequestParam(required = false) String ref, @RequestParam(required = false) String token,
      Model model) {
    Optional<RequestView> request = terms.requestFor(ref, token);
    if (request.isEmpty()) {
      model.addAttribute("outcome", SmartAuctionTerms.Outcome.INVALID.name());
      return "smartauction-accepted";
    }
    model.addAttribute("request", request.get());
    model.addAttribute("token", token);
    return "smartauction-terms";
  }

  @PostMapping("/smartauction/terms")
  String accept(@RequestParam(required = false) String ref, @RequestParam(required = false) String token,
      Model model) {
    model.addAttribute("outcome", terms.accept(ref, token).name());
    model.addAttribute("ref", ref);
    return "smartauction-accepted";
  }
}
