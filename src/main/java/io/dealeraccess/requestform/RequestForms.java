package io.dealeraccess.requestform;

import io.dealeraccess.account.AccountService;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.account.DealerPrincipal;
import io.dealeraccess.dealership.Dealership;
import io.dealeraccess.request.RequestSubmissions;
import io.dealeraccess.request.RequestView;
import io.dealeraccess.request.SubmissionRejectedException;
import io.dealeraccess.web.ApplicantForm;
import io.dealeraccess.web.Captcha;
import io.dealeraccess.web.Confirmations;
import io.dealeraccess.web.FormText;
import io.dealeraccess.web.OneSubmission;
import io.dealeraccess.web.PdnStep;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * What the request forms' pages share: the PDN step before each form, the security code, the owner test, one
 * submission per form page and the printable confirmation.
 */
@Component
class RequestForms {

  static final String FORM = "form";

  static final Map<String, PdnStep.Page> PAGES = Map.of(
      "remove", new PdnStep.Page("/requests/remove", "/requests/remove/details", "Remove application access",
          "Step 1 of 2: your dealership"),
      "reactivate", new PdnStep.Page("/requests/reactivate", "/requests/reactivate/details", "Reactivate a user ID",
          "Step 1 of 3: your dealership"),
      "deactivate", new PdnStep.Page("/requests/deactivate", "/requests/deactivate/details", "Deactivate a user ID",
          "Step 1 of 2: the dealership"));

  private final PdnStep pdnStep;
  private final RequestSubmissions requests;
  private final AccountService accounts;
  private final Captcha captcha;

  RequestForms(PdnStep pdnStep, RequestSubmissions requests, AccountService accounts, Captcha captcha) {
    this.pdnStep = pdnStep;
    this.requests = requests;
    this.accounts = accounts;
    this.captcha = captcha;
  }

  PdnStep pdnStep() {
    return pdnStep;
  }

  RequestSubmissions requests() {
    return requests;
  }

  void verifyCaptcha(HttpSession session, String typed, BindingResult errors) {
    captcha.verify(session, typed, errors);
  }

  /** The user ID on the form, if it exists at the form's PDN and the form's email is the one on file. */
  Optional<AccountView> owner(ApplicantForm form) {
    if (form.getUserId() == null || form.getPdn() == null || form.getEmail() == null) {
      return Optional.empty();
    }
    return accounts.findAtDealership(form.getUserId(), form.getPdn())
        .filter(account -> account.email().equalsIgnoreCase(form.getEmail()));
  }

  /** Whether the dealer logged in to this session is the owner of {@code userId}. */
  static boolean isLoggedInOwner(String userId) {
    Authentication login = SecurityContextHolder.getContext().getAuthentication();
    return userId != null && login != null && login.getPrincipal() instanceof DealerPrincipal dealer
        && dealer.getUsername().equals(AccountService.normalizeUserId(userId));
  }

  /** The page for an active dealership at this PDN, or the PDN step saying it is not one. */
  String withDealership(String kind, String pdn, Model model, Function<Dealership, String> page) {
    Optional<Dealership> dealership = pdnStep.activeDealership(pdn);
    return dealership.isEmpty() ? pdnStep.unknown(PAGES.get(kind), pdn, model) : page.apply(dealership.get());
  }

  static <F extends ApplicantForm> F startForm(F form, String pdn) {
    form.setPdn(pdn);
    return form;
  }

  /** "Try a new code": the same page, what was typed kept, no error messages yet. */
  static <F> F withoutErrors(F form, Model model) {
    model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + FORM);
    return form;
  }

  static <E extends Enum<E>> void checkChoice(Class<E> type, String value, String field, BindingResult errors) {
    if (value != null && !FormText.isOneOf(type, value)) {
      errors.rejectValue(field, field + ".unknown", "Choose from the list.");
    }
  }

  /** Submits once when the form has no errors (a rule the service refuses becomes a field error), else shows it. */
  String submitOrShow(BindingResult errors, OneSubmission form, Supplier<RequestView> submit, Supplier<String> show,
      HttpSession session) {
    if (!errors.hasErrors()) {
      try {
        return Confirmations.submitOnce(requests, session, form, submit);
      } catch (SubmissionRejectedException e) {
        errors.rejectValue(e.field(), "submission.rejected", e.getMessage());
      }
    }
    return Confirmations.unlessSubmitted(requests, session, form, show);
  }

  /** A form page: its secrets forgotten, a new security code, the dealership it is for. */
  String show(String view, ApplicantForm form, Dealership dealership, Model model, HttpSession session) {
    form.forgetSecrets();
    captcha.prepare(session, model);
    model.addAttribute(FORM, form);
    model.addAttribute("dealership", dealership);
    return view;
  }
}
