package io.dealeraccess.request;

import io.dealeraccess.account.AccountService;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.account.ApplicationCatalog;
import io.dealeraccess.account.ApplicationEligibility;
import io.dealeraccess.account.DealerRole;
import io.dealeraccess.account.DealerUserStatus;
import io.dealeraccess.dealership.DealershipService;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The checks a request passes before a person reviews it. Every failure is a hard one: the request is denied with
 * the first failure's reason. Role eligibility is the DMN table {@code application-eligibility}, so the business
 * changes it without code.
 */
@Component
class AutomatedChecks {

  static final Set<RequestStatus> OPEN = EnumSet.copyOf(java.util.Arrays.stream(RequestStatus.values())
      .filter(RequestStatus::isOpen).toList());
  static final String NOT_OUR_RECORDS = "The details you gave do not match our records for this user ID at this "
      + "dealership. Please check the user ID and PDN, and use the email address on file for the user ID.";

  private final DealershipService dealerships;
  private final AccountService accounts;
  private final ApplicationCatalog catalog;
  private final UserIdRequestRepository requests;
  private final ApplicationEligibility eligibility;

  AutomatedChecks(DealershipService dealerships, AccountService accounts, ApplicationCatalog catalog,
      UserIdRequestRepository requests, ApplicationEligibility eligibility) {
    this.dealerships = dealerships;
    this.accounts = accounts;
    this.catalog = catalog;
    this.requests = requests;
    this.eligibility = eligibility;
  }

  CheckOutcome check(UserIdRequest request) {
    Checklist checks = new Checklist();
    checks.check(dealerships.findActive(request.getPdn()).isPresent(),
        "PDN " + request.getPdn() + " is an active dealership",
        "The dealership's PDN " + request.getPdn() + " is not active. Please check the number with your "
            + "dealership's office manager.");
    switch (request.getRequestType()) {
      case NEW_USER_ID -> checkNewUserId(request, checks);
      case ADD_APPLICATION_ACCESS -> checkAddAccess(request, checks);
      case REMOVE_APPLICATION_ACCESS -> checkRemoveAccess(request, checks);
      case REACTIVATE_USER_ID -> checkReactivation(request, checks);
      case DEACTIVATE_USER_ID -> checkDeactivation(request, checks);
      case CHANGE_ROLE -> checkRoleChange(request, checks);
    }
    return checks.outcome();
  }

  private void checkNewUserId(UserIdRequest request, Checklist checks) {
    checks.check(!accounts.isUserIdTaken(request.getUserId())
            && !requests.existsByUserIdAndRequestTypeAndStatusInAndIdNot(request.getUserId(),
                RequestType.NEW_USER_ID, OPEN, request.getId()),
        "User ID " + request.getUserId() + " is still free",
        "The user ID " + request.getUserId() + " was taken by someone else. Please choose another one.");
    checks.check(!accounts.hasUserIdAtDealership(request.getEmail(), request.getPdn())
            && !requests.existsByEmailAndPdnAndRequestTypeAndStatusInAndIdNot(request.getEmail(), request.getPdn(),
                RequestType.NEW_USER_ID, EnumSet.of(RequestStatus.IN_REVIEW, RequestStatus.APPROVED),
                request.getId()),
        request.getEmail() + " has no other user ID or open request at PDN " + request.getPdn(),
        "You already have a user ID (or a request in progress) for this dealership. "
            + "A person can have only one user ID per PDN.");
    checkEligibility(request.getRole(), request.getApplications(), checks);
  }

  private void checkAddAccess(UserIdRequest request, Checklist checks) {
    Optional<AccountView> account = accounts.find(request.getUserId());
    checks.check(account.filter(held -> held.status() == DealerUserStatus.ACTIVE).isPresent(),
        "User ID " + request.getUserId() + " is active", "The user ID " + request.getUserId() + " is not active.");
    List<String> alreadyHeld = account.map(held -> request.getApplications().stream()
        .filter(held.applicationCodes()::contains).toList()).orElse(List.of());
    checks.check(alreadyHeld.isEmpty(), "None of the applications is held already",
        "The user ID already has " + String.join(", ", catalog.names(alreadyHeld)) + ".");
    checkEligibility(account.map(AccountView::role).orElse(null), request.getApplications(), checks);
  }

  private void checkRemoveAccess(UserIdRequest request, Checklist checks) {
    Optional<AccountView> account = ownersAccount(request, checks);
    List<String> notHeld = account.map(held -> request.getApplications().stream()
        .filter(code -> !held.applicationCodes().contains(code)).toList()).orElse(List.of());
    checks.check(account.isPresent() && notHeld.isEmpty(), "The user ID holds every application to remove",
        "The user ID does not have " + String.join(", ", catalog.names(notHeld)) + ".");
  }

  private void checkRoleChange(UserIdRequest request, Checklist checks) {
    Optional<AccountView> account = ownersAccount(request, checks);
    checks.check(account.filter(held -> held.status() == DealerUserStatus.ACTIVE).isPresent(),
        "User ID " + request.getUserId() + " is active", "Only an active user ID can change its role.");
    checks.check(account.filter(held -> !request.getRole().equals(held.role())).isPresent(),
        "Role now: " + account.map(held -> DealerRole.labelOf(held.role())).orElse("none") + "; requested: "
            + DealerRole.labelOf(request.getRole()), "The user ID already has this role.");
    List<String> notEligible = account.map(held -> held.applicationCodes().stream()
        .filter(code -> !eligibility.isEligible(request.getRole(), code)).toList()).orElse(List.of());
    checks.note(notEligible.isEmpty() ? "Every application the ID holds is allowed for the requested role"
        : "Not allowed for the requested role, held now: " + String.join(", ", catalog.names(notEligible))
            + ". Approving removes " + (notEligible.size() == 1 ? "it" : "them") + " with the role change");
  }

  private void checkReactivation(UserIdRequest request, Checklist checks) {
    Optional<AccountView> account = ownersAccount(request, checks);
    checks.check(account.filter(held -> held.status() == DealerUserStatus.INACTIVE).isPresent(),
        "User ID " + request.getUserId() + " is inactive (60+ idle days)",
        "The user ID " + request.getUserId() + " is not inactive: only IDs unused for 60 days or more are "
            + "reactivated.");
    checks.check(true, "The applicant answered a security question of the ID correctly", null);
  }

  private void checkDeactivation(UserIdRequest request, Checklist checks) {
    Optional<AccountView> account = accounts.findAtDealership(request.getUserId(), request.getPdn());
    // anyone may ask, so an ID that is not there is no automatic denial: that would tell a stranger, by the
    // denial's email and the status page, which IDs exist (found by the outside tester). The help desk denies it.
    if (account.filter(held -> held.status() != DealerUserStatus.DEACTIVATED).isPresent()) {
      checks.check(true, "User ID " + request.getUserId() + " exists at PDN " + request.getPdn()
          + " and is not deactivated", null);
    } else {
      checks.note(ReviewerContext.nothingToDeactivate(request));
    }
    // who asked is for the reviewer to weigh, not a check that passes (the form's hint is not repeated here)
    checks.note("Asked by " + (request.getSubmittedBy() == SubmittedBy.EMPLOYEE ? "the employee who holds the user ID"
        : "the dealership") + ": " + request.getApplicantName() + ", " + request.getEmail());
  }

  /** The ID at the request's PDN, if the applicant's email is the one on file for it. */
  private Optional<AccountView> ownersAccount(UserIdRequest request, Checklist checks) {
    Optional<AccountView> account = accounts.findAtDealership(request.getUserId(), request.getPdn())
        .filter(held -> held.status() != DealerUserStatus.DEACTIVATED)
        .filter(held -> held.email().equalsIgnoreCase(request.getEmail()));
    checks.check(account.isPresent(), "User ID " + request.getUserId() + " at PDN " + request.getPdn()
        + " belongs to " + request.getEmail(), NOT_OUR_RECORDS);
    return account;
  }

  private void checkEligibility(String role, List<String> applications, Checklist checks) {
    List<String> ineligible = applications.stream().filter(code -> !eligibility.isEligible(role, code)).toList();
    checks.check(ineligible.isEmpty(), "Role " + DealerRole.labelOf(role) + " may hold " + String.join(", ",
            catalog.names(applications)),
        "Your role at the dealership is not eligible for " + String.join(", ", catalog.names(ineligible))
            + ". Please re-submit without " + (ineligible.size() == 1 ? "it" : "them")
            + ", or ask your dealership's office manager which applications your role may use.");
  }


  /** The check results as the reviewer reads them, and the first failure's reason for the dealer. */
  private static final class Checklist {

    private final List<String> lines = new ArrayList<>();
    private String firstFailure;

    /** A fact for the reviewer that is no check: shown, never counted as passed or failed. */
    void note(String line) {
      lines.add("NOTE: " + line);
    }

    void check(boolean passed, String line, String failure) {
      lines.add((passed ? "PASSED: " : "FAILED: ") + line);
      if (!passed && firstFailure == null) {
        firstFailure = failure;
      }
    }

    CheckOutcome outcome() {
      return new CheckOutcome(firstFailure == null, String.join("\n", lines), firstFailure);
    }
  }
}
