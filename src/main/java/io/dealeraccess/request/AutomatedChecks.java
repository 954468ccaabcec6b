package io.dealeraccess.request;

import io.dealeraccess.account.AccountService;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.account.ApplicationCatalog;
import io.dealeraccess.account.DealerRole;
import io.dealeraccess.account.DealerUserStatus;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The checks a request passes before a person reviews it. Every failure is a hard one: the request is denied with
 * the first failure's reason. Role eligibility is the DMN table {@code application-eligibility}, so the business
 * changes it without code: the process decides it in its business rule task before the checks run, and the checks
 * judge by that decision ({@link EligibilityDecision}), never by a rule of their own.
 */
@Component
class AutomatedChecks {

  static final Set<RequestStatus> OPEN = EnumSet.copyOf(java.util.Arrays.stream(RequestStatus.values())
      .filter(RequestStatus::isOpen).toList());
  static final String NOT_OUR_RECORDS = "The details you gave do not match our records for this user ID at this "
      + "dealership. Please check the user ID and PDN, and use the email address on file for the user ID.";

  /** The request types whose checks judge role eligibility: their processes decide it with the table first. */
  static final Set<RequestType> DECIDE_ELIGIBILITY = EnumSet.of(RequestType.NEW_USER_ID,
      RequestType.ADD_APPLICATION_ACCESS, RequestType.CHANGE_ROLE);

  private final SubmissionRules rules;
  private final AccountService accounts;
  private final ApplicationCatalog catalog;
  private final UserIdRequestRepository requests;

  AutomatedChecks(SubmissionRules rules, AccountService accounts, ApplicationCatalog catalog,
      UserIdRequestRepository requests) {
    this.rules = rules;
    this.accounts = accounts;
    this.catalog = catalog;
    this.requests = requests;
  }

  /**
   * The role the eligibility table decides on: the role asked for (a new user ID, a role change), or the role on file
   * now when applications are added to an ID (none when the ID is not there).
   */
  String eligibilityRole(RequestView request) {
    if (!DECIDE_ELIGIBILITY.contains(request.requestType())) {
      throw new IllegalStateException(request.requestType() + " decides on no role's eligibility");
    }
    return request.requestType() == RequestType.ADD_APPLICATION_ACCESS
        ? accounts.find(request.userId()).map(AccountView::role).orElse(null) : request.role();
  }

  /** The checks; {@code eligibility} is the process's decision, {@code null} for a request type that needs none. */
  CheckOutcome check(RequestView request, EligibilityDecision eligibility) {
    Checklist checks = new Checklist();
    checks.check(rules.isActiveDealership(request.pdn()),
        "PDN " + request.pdn() + " is an active dealership",
        "The dealership's PDN " + request.pdn() + " is not active. Please check the number with your "
            + "dealership's office manager.");
    switch (request.requestType()) {
      case NEW_USER_ID -> checkNewUserId(request, eligibility, checks);
      case ADD_APPLICATION_ACCESS -> checkAddAccess(request, eligibility, checks);
      case REMOVE_APPLICATION_ACCESS -> checkRemoveAccess(request, checks);
      case REACTIVATE_USER_ID -> checkReactivation(request, checks);
      case DEACTIVATE_USER_ID -> checkDeactivation(request, checks);
      case CHANGE_ROLE -> checkRoleChange(request, eligibility, checks);
    }
    return checks.outcome();
  }

  private void checkNewUserId(RequestView request, EligibilityDecision eligibility, Checklist checks) {
    checks.check(rules.isUserIdAvailable(request.userId(), request.id()),
        "User ID " + request.userId() + " is still free",
        "The user ID " + request.userId() + " was taken by someone else. Please choose another one.");
    checks.check(!accounts.hasUserIdAtDealership(request.email(), request.pdn())
            && !requests.existsByEmailAndPdnAndRequestTypeAndStatusInAndIdNot(request.email(), request.pdn(),
                RequestType.NEW_USER_ID, EnumSet.of(RequestStatus.IN_REVIEW, RequestStatus.APPROVED),
                request.id()),
        request.email() + " has no other user ID or open request at PDN " + request.pdn(),
        "You already have a user ID (or a request in progress) for this dealership. "
            + "A person can have only one user ID per PDN.");
    checkEligibility(request.applications(), decided(request, eligibility), checks);
  }

  private void checkAddAccess(RequestView request, EligibilityDecision eligibility, Checklist checks) {
    Optional<AccountView> account = accounts.find(request.userId());
    checks.check(account.filter(held -> held.status() == DealerUserStatus.ACTIVE).isPresent(),
        "User ID " + request.userId() + " is active", "The user ID " + request.userId() + " is not active.");
    List<String> alreadyHeld = account.map(held -> request.applications().stream()
        .filter(held.applicationCodes()::contains).toList()).orElse(List.of());
    checks.check(alreadyHeld.isEmpty(), "None of the applications is held already",
        "The user ID already has " + String.join(", ", catalog.names(alreadyHeld)) + ".");
    checkEligibility(request.applications(), decided(request, eligibility), checks);
  }

  private void checkRemoveAccess(RequestView request, Checklist checks) {
    Optional<AccountView> account = ownersAccount(request, checks);
    List<String> notHeld = account.map(held -> request.applications().stream()
        .filter(code -> !held.applicationCodes().contains(code)).toList()).orElse(List.of());
    // about the owner's ID only: a request not matched to it has failed already
    if (account.isPresent()) {
      checks.check(notHeld.isEmpty(), "The user ID holds every application to remove",
          "The user ID does not have " + String.join(", ", catalog.names(notHeld)) + ".");
    }
  }

  private void checkRoleChange(RequestView request, EligibilityDecision eligibility, Checklist checks) {
    List<String> allowed = decided(request, eligibility).applications();
    Optional<AccountView> account = ownersAccount(request, checks);
    checks.check(account.filter(held -> held.status() == DealerUserStatus.ACTIVE).isPresent(),
        "User ID " + request.userId() + " is active", "Only an active user ID can change its role.");
    checks.check(account.filter(held -> !request.role().equals(held.role())).isPresent(),
        "Role now: " + account.map(held -> DealerRole.labelOf(held.role())).orElse("none") + "; requested: "
            + DealerRole.labelOf(request.role()), "The user ID already has this role.");
    List<String> notEligible = account.map(held -> held.applicationCodes().stream()
        .filter(code -> !allowed.contains(code)).toList()).orElse(List.of());
    checks.note(notEligible.isEmpty() ? "Every application the ID holds is allowed for the requested role"
        : "Not allowed for the requested role, held now: " + String.join(", ", catalog.names(notEligible))
            + ". Approving removes " + (notEligible.size() == 1 ? "it" : "them") + " with the role change");
  }

  private void checkReactivation(RequestView request, Checklist checks) {
    Optional<AccountView> account = ownersAccount(request, checks);
    checks.check(account.filter(held -> held.status() == DealerUserStatus.INACTIVE).isPresent(),
        "User ID " + request.userId() + " is inactive (60+ idle days)",
        "The user ID " + request.userId() + " is not inactive: only IDs unused for 60 days or more are "
            + "reactivated.");
    checks.check(true, "The applicant answered a security question of the ID correctly", null);
  }

  private void checkDeactivation(RequestView request, Checklist checks) {
    Optional<AccountView> account = accounts.findAtDealership(request.userId(), request.pdn());
    // anyone may ask, so an ID that is not there is no automatic denial: that would tell a stranger, by the
    // denial's email and the status page, which IDs exist (found by the outside tester). The help desk denies it.
    if (account.filter(held -> held.status() != DealerUserStatus.DEACTIVATED).isPresent()) {
      checks.check(true, "User ID " + request.userId() + " exists at PDN " + request.pdn()
          + " and is not deactivated", null);
    } else {
      checks.note(ReviewerContext.nothingToDeactivate(request));
    }
    // who asked is for the reviewer to weigh, not a check that passes (the form's hint is not repeated here)
    checks.note("Asked by " + (request.submittedBy() == SubmittedBy.EMPLOYEE ? "the employee who holds the user ID"
        : "the dealership") + ": " + request.applicantName() + ", " + request.email());
  }

  /** The ID at the request's PDN, if the applicant's email is the one on file for it. */
  private Optional<AccountView> ownersAccount(RequestView request, Checklist checks) {
    Optional<AccountView> atDealership = accounts.findAtDealership(request.userId(), request.pdn())
        .filter(held -> held.status() != DealerUserStatus.DEACTIVATED);
    Optional<AccountView> account = atDealership.filter(held -> held.email().equalsIgnoreCase(request.email()));
    checks.check(account.isPresent(), "User ID " + request.userId() + " at PDN " + request.pdn()
        + " belongs to " + request.email(), atDealership.isEmpty() ? "there is no such user ID at this PDN"
            : "the email address is not the one on file", NOT_OUR_RECORDS);
    return account;
  }

  /**
   * The process's eligibility decision, made for the role these checks are about: without it the checks refuse to
   * judge (an incident in Cockpit), as they have no rule of their own.
   */
  private EligibilityDecision decided(RequestView request, EligibilityDecision eligibility) {
    String role = eligibilityRole(request);
    if (eligibility == null || !Objects.equals(eligibility.role(), role)) {
      throw new IllegalStateException("Request " + request.reference() + ": the process decided no eligibility for "
          + "role " + role + (eligibility == null ? "" : " (it decided for " + eligibility.role() + ")")
          + "; the business rule task Task_DecideEligibleApplications runs before the checks");
    }
    return eligibility;
  }

  private void checkEligibility(List<String> applications, EligibilityDecision eligibility, Checklist checks) {
    List<String> ineligible = applications.stream().filter(code -> !eligibility.applications().contains(code))
        .toList();
    checks.check(ineligible.isEmpty(), "Role " + DealerRole.labelOf(eligibility.role()) + " may hold "
            + String.join(", ", catalog.names(applications)),
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
      check(passed, line, failure, failure);
    }

    /**
     * A check: what was checked, and when it failed, why not as the reviewer reads it ({@code whyNot}) and the
     * reason the dealer is given ({@code failure}). A failed line never reads as the claim itself.
     */
    void check(boolean passed, String line, String whyNot, String failure) {
      lines.add(passed ? "PASSED: " + line : "FAILED: " + line + "? No: " + whyNot);
      if (!passed && firstFailure == null) {
        firstFailure = failure;
      }
    }

    CheckOutcome outcome() {
      return new CheckOutcome(firstFailure == null, String.join("\n", lines), firstFailure);
    }
  }
}
