package io.dealeraccess.requestform;

import io.dealeraccess.web.PdnForm;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The User ID Request Form: the dealer picks the kind of request, then gives the PDN; each kind's form has its own
 * controller. New user IDs go to registration; adding applications is in My Profile.
 */
@Controller
@RequestMapping("/requests")
class RequestFormController {

  private final RequestForms forms;

  RequestFormController(RequestForms forms) {
    this.forms = forms;
  }

  @GetMapping("/new")
  String choose() {
    return "requests/choose";
  }

  @GetMapping("/{kind:remove|reactivate|deactivate}")
  String pdn(@PathVariable String kind, Model model) {
    return forms.pdnStep().show(RequestForms.PAGES.get(kind), new PdnForm(), null, model);
  }

  @PostMapping("/{kind:remove|reactivate|deactivate}")
  String checkPdn(@PathVariable String kind, @Valid @ModelAttribute("pdnForm") PdnForm form, BindingResult errors,
      Model model) {
    return forms.pdnStep().check(RequestForms.PAGES.get(kind), form, errors, model);
  }
}
