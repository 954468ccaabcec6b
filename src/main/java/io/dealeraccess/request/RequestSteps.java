package io.dealeraccess.request;

import io.dealeraccess.account.AccountService;
import java.time.Clock;
import java.util.Date;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps every request process takes on the request record, as its delegates and listeners call them: checks,
 * review and its deadline, the decision, a lifted lock, expiry. Provisioning is {@link Provisioning}.
 */
@Service
@Transactional
public class RequestSteps {

  private final UserIdRequestRepository requests;
  private final RequestHistory history;
  private final AutomatedChecks checks;
  private final AccountService accounts;
  private final RequestMetrics metrics;
  private final Clock clock;

  RequestSteps(UserIdRequestRepository requests, RequestHistory history, AutomatedChecks checks,
      AccountService accounts, RequestMetrics metrics, Clock clock) {
    this.requests = requests;
    this.history = history;
    this.checks = checks;
    this.accounts = accounts;
    this.metrics = metrics;
    this.clock = clock;
  }

  /** The role the eligibility table decides on for this request, as it is now. */
  @Transactional(readOnly = true)
  public String eligibilityRole(Long requestId) {
    return checks.eligibilityRole(load(requestId).view());
  }

  /** The checks, judging eligibility by the process's own decision ({@code null} where it decides none). */
  public CheckOutcome runChecks(Long requestId, EligibilityDecision eligibility) {
    UserIdRequest request = load(requestId);
    CheckOutcome outcome = checks.check(request.view(), eligibility);
    request.checked(outcome.passed(), outcome.summary());
    history.record(requestId, RequestHistory.SYSTEM, outcome.passed() ? "CHECKS_PASSED" : "CHECKS_FAILED",
        outcome.summary());
    if (!outcome.passed()) {
      request.denied(RequestHistory.SYSTEM, clock.instant(), DenialCode.FAILED_CHECK, outcome.denialReason());
      history.record(requestId, RequestHistory.SYSTEM, "DENIED", outcome.denialReason());
      metrics.decided(request.view().requestType(), false, true);
    }
    return outcome;
  }

  public void startReview(Long requestId, Date slaDueAt) {
    load(requestId).inReview(slaDueAt.toInstant());
    history.record(requestId, RequestHistory.SYSTEM, "IN_REVIEW", "Due by " + slaDueAt.toInstant());
  }

  public void markSlaBreached(Long requestId) {
    UserIdRequest request = load(requestId);
    request.slaBreached();
    metrics.slaBreached(request.view().requestType());
    history.record(requestId, RequestHistory.SYSTEM, "SLA_BREACHED",
        "Not reviewed within one business day; supervisors alerted");
  }

  /** A reviewer's decision on the review task: it decides the request. */
  public void recordDecision(Long requestId, boolean approved, DenialCode denialCode, String denialReason,
      String decidedBy) {
    UserIdRequest request = load(requestId);
    metrics.decided(request.view().requestType(), approved, false);
    if (approved) {
      request.approved(decidedBy, clock.instant());
      history.record(requestId, decidedBy, "APPROVED", null);
    } else {
      request.denied(decidedBy, clock.instant(), denialCode, denialReason);
      history.record(requestId, decidedBy, "DENIED", DenialCode.display(denialCode, denialReason));
    }
  }

  /** A denied deactivation gives the ID back to its owner, if this request had locked it. */
  public void liftDeactivationLock(Long requestId) {
    RequestView request = load(requestId).view();
    if (!request.requesterVerified() || accounts.find(request.userId()).isEmpty()) {
      return;
    }
    accounts.liftDeactivationLock(request.userId());
    history.record(requestId, RequestHistory.SYSTEM, "UNLOCKED", "User ID " + request.userId() + " unlocked");
  }

  public void expire(Long requestId) {
    load(requestId).expired(clock.instant());
    history.record(requestId, RequestHistory.SYSTEM, "EXPIRED", "Email address not confirmed within 3 days");
  }

  private UserIdRequest load(Long requestId) {
    return RequestQueries.load(requests, requestId);
  }
}
