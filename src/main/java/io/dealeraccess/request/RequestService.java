package io.dealeraccess.request;

import io.dealeraccess.account.AccountService;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.account.ApplicationCatalog;
import io.dealeraccess.account.NewAccount;
import io.dealeraccess.account.Secrets;
import io.dealeraccess.account.SecurityAnswer;
import io.dealeraccess.dealership.Dealership;
import io.dealeraccess.dealership.DealershipService;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User ID requests: submitting (validate, persist, start the process, all in one transaction so nothing is
 * half-saved), and the steps the processes take on the request record.
 */
@Service
@Transactional
public class RequestService {

  public static final String MSG_EMAIL_VERIFIED = "Msg_EmailVerified";
  public static final String SYSTEM = "system";

  private static final Logger log = LoggerFactory.getLogger(RequestService.class);

  private final UserIdRequestRepository requests;
  private final RequestEventRepository events;
  private final ReferenceNumbers referenceNumbers;
  private final VerificationLinks verificationLinks;
  private final AutomatedChecks checks;
  private final DealershipService dealerships;
  private final AccountService accounts;
  private final ApplicationCatalog catalog;
  private final Secrets secrets;
  private final RuntimeService runtime;

  RequestService(UserIdRequestRepository requests, RequestEventRepository events, ReferenceNumbers referenceNumbers,
      VerificationLinks verificationLinks, AutomatedChecks checks, DealershipService dealerships,
      AccountService accounts, ApplicationCatalog catalog, Secrets secrets, RuntimeService runtime) {
    this.requests = requests;
    this.events = events;
    this.referenceNumbers = referenceNumbers;
    this.verificationLinks = verificationLinks;
    this.checks = checks;
    this.dealerships = dealerships;
    this.accounts = accounts;
    this.catalog = catalog;
    this.secrets = secrets;
    this.runtime = runtime;
  }

  /** A user ID is available when no account holds it and no open request asks for it. */
  @Transactional(readOnly = true)
  public boolean isUserIdAvailable(String userId) {
    String normalized = AccountService.normalizeUserId(userId);
    return !accounts.isUserIdTaken(normalized)
        && !requests.existsByUserIdAndStatusInAndIdNot(normalized, AutomatedChecks.OPEN, -1L);
  }

  /** Stores the request and starts {@code new-user-id}; returns the reference number. */
  public UserIdRequest submitNewUserId(NewUserIdSubmission submission) {
    Dealership dealership = dealerships.findActive(submission.pdn())
        .orElseThrow(() -> new SubmissionRejectedException("pdn",
            "We could not find an active dealership with this PDN. Please check the number with your "
                + "dealership's office manager."));
    String userId = AccountService.normalizeUserId(submission.userId());
    if (!isUserIdAvailable(userId)) {
      throw new SubmissionRejectedException("userId", "This user ID is already taken. Please choose another one.");
    }
    List<SecurityAnswer> answers = submission.securityAnswers().stream()
        .map(answer -> new SecurityAnswer(answer.question(), secrets.hashAnswer(answer.answer())))
        .toList();
    UserIdRequest request = requests.save(new UserIdRequest(referenceNumbers.next(), RequestType.NEW_USER_ID,
        RequestStatus.AWAITING_EMAIL_CONFIRMATION, dealership.getPdn(), dealership.getName(),
        submission.firstName(), submission.lastName(), submission.email(), submission.businessPhone(),
        submission.role(), userId, submission.applications(), secrets.hashPassword(submission.password()), answers,
        now()));
    record(request.getId(), request.getEmail(), "SUBMITTED", "New user ID request for " + userId);
    ProcessInstance instance = runtime.startProcessInstanceByKey(RequestType.NEW_USER_ID.processKey(),
        request.getReference(), RequestVariables.forStart(request, catalog.names(request.getApplications())));
    request.started(instance.getId());
    log.info("Request {} submitted ({})", request.getReference(), request.getRequestType());
    return request;
  }

  /** Follows the link from the confirmation email: the applicant proves the address is theirs. */
  public EmailConfirmation confirmEmail(String reference, String token) {
    if (!verificationLinks.isValid(reference, token)) {
      return EmailConfirmation.INVALID;
    }
    Optional<UserIdRequest> found = requests.findByReference(reference);
    if (found.isEmpty()) {
      return EmailConfirmation.INVALID;
    }
    UserIdRequest request = found.get();
    if (request.getStatus() == RequestStatus.EXPIRED) {
      return EmailConfirmation.EXPIRED;
    }
    if (request.getEmailVerifiedAt() != null || request.getStatus() != RequestStatus.AWAITING_EMAIL_CONFIRMATION) {
      return EmailConfirmation.ALREADY_CONFIRMED;
    }
    request.emailVerified(now());
    record(request.getId(), request.getEmail(), "EMAIL_CONFIRMED", "Applicant confirmed " + request.getEmail());
    runtime.createMessageCorrelation(MSG_EMAIL_VERIFIED)
        .processInstanceBusinessKey(reference)
        .correlateWithResult();
    return EmailConfirmation.CONFIRMED;
  }

  public CheckOutcome runChecks(Long requestId) {
    UserIdRequest request = load(requestId);
    CheckOutcome outcome = checks.checkNewUserId(request);
    request.checked(outcome.passed(), outcome.summary());
    record(requestId, SYSTEM, outcome.passed() ? "CHECKS_PASSED" : "CHECKS_FAILED", outcome.summary());
    if (!outcome.passed()) {
      request.denied(SYSTEM, now(), outcome.denialReason());
      record(requestId, SYSTEM, "DENIED", outcome.denialReason());
    }
    return outcome;
  }

  public void startReview(Long requestId, Date slaDueAt) {
    load(requestId).inReview(slaDueAt.toInstant());
    record(requestId, SYSTEM, "IN_REVIEW", "Due by " + slaDueAt.toInstant());
  }

  public void markSlaBreached(Long requestId) {
    load(requestId).slaBreached();
    record(requestId, SYSTEM, "SLA_BREACHED", "Not reviewed within one business day; supervisors alerted");
  }

  public void recordDecision(Long requestId, boolean approved, String denialReason, String decidedBy) {
    UserIdRequest request = load(requestId);
    if (approved) {
      request.approved(decidedBy, now());
      record(requestId, decidedBy, "APPROVED", null);
    } else {
      request.denied(decidedBy, now(), denialReason);
      record(requestId, decidedBy, "DENIED", denialReason);
    }
  }

  /** Opens the approved user ID. Safe to run again: provisioning is idempotent per request. */
  public AccountView provisionNewUserId(Long requestId) {
    UserIdRequest request = load(requestId);
    if (request.getStatus() == RequestStatus.COMPLETED) {
      return accounts.find(request.getUserId()).orElseThrow();
    }
    AccountView account = accounts.provision(new NewAccount(request.getUserId(), request.getPdn(),
        request.getFirstName(), request.getLastName(), request.getEmail(), request.getBusinessPhone(),
        request.getRole(), request.getPasswordHash(), request.getSecurityAnswers(), request.getApplications(),
        request.getId()));
    request.completed(now());
    record(requestId, SYSTEM, "PROVISIONED", "User ID " + account.userId() + " opened with "
        + String.join(", ", account.applicationCodes()));
    return account;
  }

  public void expire(Long requestId) {
    UserIdRequest request = load(requestId);
    request.expired(now());
    record(requestId, SYSTEM, "EXPIRED", "Email address not confirmed within 3 days");
  }

  @Transactional(readOnly = true)
  public Optional<UserIdRequest> findByReference(String reference) {
    return requests.findByReference(reference);
  }

  @Transactional(readOnly = true)
  public UserIdRequest get(Long requestId) {
    return load(requestId);
  }

  public void record(Long requestId, String actor, String eventType, String detail) {
    events.save(new RequestEvent(requestId, now(), actor, eventType, detail));
  }

  private UserIdRequest load(Long requestId) {
    return requests.findById(requestId)
        .orElseThrow(() -> new IllegalStateException("No request with id " + requestId));
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
