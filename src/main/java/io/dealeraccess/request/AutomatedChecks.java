package io.dealeraccess.request;

import io.dealeraccess.account.AccountService;
import io.dealeraccess.account.ApplicationCatalog;
import io.dealeraccess.dealership.DealershipService;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The checks a new user ID request passes before a person reviews it. Each failure is a hard one: the request is
 * denied with the first failure's reason. Role eligibility is the DMN table {@code application-eligibility}, so the
 * business changes it without code.
 */
@Component
class AutomatedChecks {

  static final String ELIGIBILITY_DECISION = "application-eligibility";
  static final Set<RequestStatus> OPEN = EnumSet.of(RequestStatus.AWAITING_EMAIL_CONFIRMATION,
      RequestStatus.IN_REVIEW, RequestStatus.APPROVED);

  private final DealershipService dealerships;
  private final AccountService accounts;
  private final ApplicationCatalog catalog;
  private final UserIdRequestRepository requests;
  private final DecisionService decisions;

  AutomatedChecks(DealershipService dealerships, AccountService accounts, ApplicationCatalog catalog,
      UserIdRequestRepository requests, DecisionService decisions) {
    this.dealerships = dealerships;
    this.accounts = accounts;
    this.catalog = catalog;
    this.requests = requests;
    this.decisions = decisions;
  }

  CheckOutcome checkNewUserId(UserIdRequest request) {
    List<String> lines = new ArrayList<>();
    String firstFailure = null;

    boolean pdnActive = dealerships.findActive(request.getPdn()).isPresent();
    lines.add(line(pdnActive, "PDN " + request.getPdn() + " is an active dealership"));
    if (!pdnActive) {
      firstFailure = "The dealership's PDN " + request.getPdn()
          + " is not active. Please check the number with your dealership's office manager.";
    }

    boolean userIdFree = !accounts.isUserIdTaken(request.getUserId())
        && !requests.existsByUserIdAndStatusInAndIdNot(request.getUserId(), OPEN, request.getId());
    lines.add(line(userIdFree, "User ID " + request.getUserId() + " is still free"));
    if (!userIdFree && firstFailure == null) {
      firstFailure = "The user ID " + request.getUserId() + " was taken by someone else. Please choose another one.";
    }

    boolean noIdAtPdn = !accounts.hasUserIdAtDealership(request.getEmail(), request.getPdn())
        && !requests.existsByEmailAndPdnAndRequestTypeAndStatusInAndIdNot(request.getEmail(), request.getPdn(),
            RequestType.NEW_USER_ID, EnumSet.of(RequestStatus.IN_REVIEW, RequestStatus.APPROVED), request.getId());
    lines.add(line(noIdAtPdn, request.getEmail() + " has no other user ID or open request at PDN " + request.getPdn()));
    if (!noIdAtPdn && firstFailure == null) {
      firstFailure = "You already have a user ID (or a request in progress) for this dealership. "
          + "A person can have only one user ID per PDN.";
    }

    List<String> ineligible = new ArrayList<>();
    for (String application : request.getApplications()) {
      if (!isEligible(request.getRole(), application)) {
        ineligible.add(application);
      }
    }
    boolean eligible = ineligible.isEmpty();
    lines.add(line(eligible, "Role " + request.getRole() + " may hold " + String.join(", ",
        catalog.names(request.getApplications()))));
    if (!eligible && firstFailure == null) {
      firstFailure = "Your role at the dealership is not eligible for " + String.join(", ", catalog.names(ineligible))
          + ". Please re-submit without " + (ineligible.size() == 1 ? "it" : "them")
          + ", or ask your dealership's office manager which applications your role may use.";
    }
    return new CheckOutcome(firstFailure == null, String.join("\n", lines), firstFailure);
  }

  boolean isEligible(String role, String application) {
    Object eligible = decisions.evaluateDecisionTableByKey(ELIGIBILITY_DECISION)
        .variables(Variables.createVariables().putValue("role", role).putValue("application", application))
        .evaluate()
        .getSingleResult()
        .getSingleEntry();
    return Boolean.TRUE.equals(eligible);
  }

  private static String line(boolean passed, String text) {
    return (passed ? "PASSED: " : "FAILED: ") + text;
  }
}
