package io.dealeraccess.request;

import io.dealeraccess.account.AccountService;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.account.ApplicationCatalog;
import io.dealeraccess.account.NewAccount;
import io.dealeraccess.account.Secrets;
import io.dealeraccess.account.SecurityAnswer;
import io.dealeraccess.dealership.Dealership;
import io.dealeraccess.dealership.DealershipService;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User ID requests: submitting (validate, persist, start the process, all in one transaction so nothing is
 * half-saved), and the steps every request process takes on the request record: checks, review, decision,
 * provisioning.
 */
@Service
@Transactional
public class RequestService {

  /** The event of an approved role change that removed applications; its detail lists their codes. */
  static final String ROLE_REMOVED_APPLICATIONS = "ROLE_REMOVED_APPLICATIONS";

  public static final String MSG_EMAIL_VERIFIED = "Msg_EmailVerified";
  public static final String SYSTEM = "system";
  /** Applications granted only after their additional steps (the smartauction-enrollment process). */
  public static final String SMARTAUCTION = "SMARTAUCTION";
  public static final String SMARTAUCTION_PROCESS = "smartauction-enrollment";
  public static final String VERIFY_SMARTAUCTION_TASK = "Task_VerifySmartAuctionEnrollment";

  private static final Logger log = LoggerFactory.getLogger(RequestService.class);

  private final UserIdRequestRepository requests;
  private final RequestEventRepository events;
  private final ReferenceNumbers referenceNumbers;
  private final RequestLinks links;
  private final AutomatedChecks checks;
  private final DealershipService dealerships;
  private final AccountService accounts;
  private final ApplicationCatalog catalog;
  private final Secrets secrets;
  private final RuntimeService runtime;
  private final RequestMetrics metrics;
  private final Clock clock;

  RequestService(UserIdRequestRepository requests, RequestEventRepository events, ReferenceNumbers referenceNumbers,
      RequestLinks links, AutomatedChecks checks, DealershipService dealerships, AccountService accounts,
      ApplicationCatalog catalog, Secrets secrets, RuntimeService runtime, RequestMetrics metrics, Clock clock) {
    this.requests = requests;
    this.events = events;
    this.referenceNumbers = referenceNumbers;
    this.links = links;
    this.checks = checks;
    this.dealerships = dealerships;
    this.accounts = accounts;
    this.catalog = catalog;
    this.secrets = secrets;
    this.runtime = runtime;
    this.metrics = metrics;
    this.clock = clock;
  }

  /** A user ID is available when no account holds it and no open request asks for it. */
  @Transactional(readOnly = true)
  public boolean isUserIdAvailable(String userId) {
    String normalized = AccountService.normalizeUserId(userId);
    return !accounts.isUserIdTaken(normalized)
        && !requests.existsByUserIdAndRequestTypeAndStatusIn(normalized, RequestType.NEW_USER_ID,
            AutomatedChecks.OPEN);
  }

  /** Whether a request of this type for this user ID is still being handled. */
  @Transactional(readOnly = true)
  public boolean hasOpenRequest(String userId, RequestType type) {
    return requests.existsByUserIdAndRequestTypeAndStatusIn(AccountService.normalizeUserId(userId), type,
        AutomatedChecks.OPEN);
  }

  /**
   * Runs a submission at most once per form page: a key seen before returns the request it created. Two submissions
   * with the same key at the same moment: the unique key makes the second fail as a whole (its process start
   * included), and {@link #submittedWith} finds the first.
   */
  public UserIdRequest once(String submissionKey, java.util.function.Supplier<UserIdRequest> submit) {
    if (submissionKey == null) {
      return submit.get();
    }
    Optional<UserIdRequest> earlier = requests.findBySubmissionKey(submissionKey);
    if (earlier.isPresent()) {
      log.info("Request {} submitted again from the same form page: not created twice", earlier.get().getReference());
      return earlier.get();
    }
    UserIdRequest created = submit.get();
    created.submittedFrom(submissionKey);
    requests.flush();
    return created;
  }

  /** The request submitted with this key, waiting a moment for a concurrent submission to commit. */
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
  public Optional<UserIdRequest> submittedWith(String submissionKey) {
    for (int attempt = 0; attempt < 50 && submissionKey != null; attempt++) {
      Optional<UserIdRequest> found = requests.findBySubmissionKey(submissionKey);
      if (found.isPresent()) {
        return found;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return Optional.empty();
  }

  public UserIdRequest submitNewUserId(NewUserIdSubmission submission) {
    Dealership dealership = activeDealership(submission.pdn());
    String userId = AccountService.normalizeUserId(submission.userId());
    if (!isUserIdAvailable(userId)) {
      throw new SubmissionRejectedException("userId", "This user ID is already taken. Please choose another one.");
    }
    UserIdRequest request = new UserIdRequest(referenceNumbers.next(), RequestType.NEW_USER_ID,
        RequestStatus.AWAITING_EMAIL_CONFIRMATION, dealership.getPdn(), dealership.getName(),
        new Applicant(submission.firstName(), submission.lastName(), submission.email(), submission.businessPhone(),
            submission.role()), userId, submission.applications(), now());
    request.withSecrets(secrets.hashPassword(submission.password()), submission.securityAnswers().stream()
        .map(answer -> new SecurityAnswer(answer.question(), secrets.hashAnswer(answer.answer()))).toList());
    return start(request, "New user ID request for " + userId);
  }

  /** A removal asked on the public form by someone not logged in as the ID's owner. */
  public UserIdRequest submitRemoveAccess(RemoveAccessSubmission submission) {
    return submitRemoveAccess(submission, false);
  }

  /**
   * A removal of applications: anyone who knows the name and email on file can ask it on the public form, so the
   * review shows whether the requester was its owner, logged in ({@code byLoggedInOwner}), or not verified.
   */
  public UserIdRequest submitRemoveAccess(RemoveAccessSubmission submission, boolean byLoggedInOwner) {
    Dealership dealership = activeDealership(submission.pdn());
    UserIdRequest request = new UserIdRequest(referenceNumbers.next(), RequestType.REMOVE_APPLICATION_ACCESS,
        RequestStatus.SUBMITTED, dealership.getPdn(), dealership.getName(), submission.applicant(),
        AccountService.normalizeUserId(submission.userId()), submission.applications(), now());
    if (byLoggedInOwner) {
      request.requesterVerified();
    }
    return start(request, "Remove " + String.join(", ", submission.applications()) + " from "
        + submission.userId() + (byLoggedInOwner ? " (asked by its owner, logged in)" : " (requester not verified)"));
  }

  public UserIdRequest submitReactivation(ReactivationSubmission submission) {
    Dealership dealership = activeDealership(submission.pdn());
    return start(new UserIdRequest(referenceNumbers.next(), RequestType.REACTIVATE_USER_ID,
        RequestStatus.SUBMITTED, dealership.getPdn(), dealership.getName(), submission.applicant(),
        AccountService.normalizeUserId(submission.userId()), List.of(), now()),
        "Reactivate " + submission.userId() + " (security answer confirmed)");
  }

  /**
   * Stores the request. Only a verified requester locks the ID before the decision: its owner, logged in
   * ({@code byLoggedInOwner}). Anyone else's request goes to review marked "requester not verified", the ID keeps
   * working, and the owner is asked by email (to the address on file) to confirm, which locks it then.
   */
  public UserIdRequest submitDeactivation(DeactivationSubmission submission, boolean byLoggedInOwner) {
    Dealership dealership = activeDealership(submission.pdn());
    String userId = AccountService.normalizeUserId(submission.userId());
    if (hasOpenRequest(userId, RequestType.DEACTIVATE_USER_ID)) {
      throw new SubmissionRejectedException("userId",
          "A request to deactivate this user ID is already being reviewed.");
    }
    UserIdRequest request = new UserIdRequest(referenceNumbers.next(), RequestType.DEACTIVATE_USER_ID,
        RequestStatus.SUBMITTED, dealership.getPdn(), dealership.getName(), submission.requester(), userId,
        List.of(), now());
    request.deactivation(submission.submittedBy(), submission.reason());
    if (byLoggedInOwner) {
      request.requesterVerified();
    }
    UserIdRequest started = start(request, "Deactivate " + userId + ": " + submission.reason().label());
    if (byLoggedInOwner) {
      accounts.lockForDeactivation(userId, true);
      record(started.getId(), started.getEmail(), "LOCKED", "User ID " + userId
          + " locked until the decision (asked by its owner, logged in)");
    } else {
      record(started.getId(), SYSTEM, "NOT_VERIFIED", "Requester not verified: the user ID keeps working until the "
          + "decision, unless its owner confirms by the link sent to the email on file");
    }
    return started;
  }

  /**
   * The owner followed the link sent to the email on file: the deactivation is verified and the ID locked at once.
   * Nothing happens for a wrong link, a request already decided, or one verified before.
   */
  public boolean confirmDeactivationByOwner(String reference, String token) {
    if (!links.isValid(RequestLinks.CONFIRM_DEACTIVATION, reference, token)) {
      return false;
    }
    Optional<UserIdRequest> found = requests.findByReference(reference)
        .filter(request -> request.getRequestType() == RequestType.DEACTIVATE_USER_ID)
        .filter(request -> AutomatedChecks.OPEN.contains(request.getStatus()));
    if (found.isEmpty()) {
      return false;
    }
    UserIdRequest request = found.get();
    if (!request.isRequesterVerified()) {
      request.requesterVerified();
      accounts.lockForDeactivation(request.getUserId());
      record(request.getId(), "owner", "LOCKED", "User ID " + request.getUserId()
          + " locked until the decision (its owner confirmed by the link sent to the email on file)");
      runtime.setVariable(request.getProcessInstanceId(), RequestVariables.REQUESTER_VERIFIED,
          RequestVariables.OWNER_CONFIRMED);
    }
    return true;
  }

  /**
   * A logged-in dealer asks to change the role on their own ID. The role decides which applications the ID may hold,
   * so it takes effect only when the help desk approves; until then the verified role counts.
   */
  public UserIdRequest submitRoleChange(String userId, String newRole) {
    AccountView account = accounts.find(userId).orElseThrow();
    if (hasOpenRequest(account.userId(), RequestType.CHANGE_ROLE)) {
      throw new SubmissionRejectedException("role", "A change of your role is already being reviewed.");
    }
    Dealership dealership = dealerships.find(account.pdn()).orElseThrow();
    return start(new UserIdRequest(referenceNumbers.next(), RequestType.CHANGE_ROLE, RequestStatus.SUBMITTED,
        account.pdn(), dealership.getName(), new Applicant(account.firstName(), account.lastName(), account.email(),
            account.businessPhone(), newRole), account.userId(), List.of(), now()),
        "Change the role of " + account.userId() + " from " + account.role() + " to " + newRole);
  }

  /** A logged-in dealer asks for more applications for their own ID. */
  public UserIdRequest submitAddAccess(String userId, List<String> applications) {
    AccountView account = accounts.find(userId).orElseThrow();
    Dealership dealership = dealerships.find(account.pdn()).orElseThrow();
    return start(new UserIdRequest(referenceNumbers.next(), RequestType.ADD_APPLICATION_ACCESS,
        RequestStatus.SUBMITTED, account.pdn(), dealership.getName(),
        new Applicant(account.firstName(), account.lastName(), account.email(), account.businessPhone(),
            account.role()), account.userId(), applications, now()),
        "Add " + String.join(", ", applications) + " to " + account.userId());
  }

  /** Follows the link from the confirmation email: the applicant proves the address is theirs. */
  public EmailConfirmation confirmEmail(String reference, String token) {
    if (!links.isValid(RequestLinks.VERIFY_EMAIL, reference, token)) {
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

  @Transactional(readOnly = true)
  public boolean isValidTermsLink(String reference, String token) {
    return links.isValid(RequestLinks.SMARTAUCTION_TERMS, reference, token);
  }

  public CheckOutcome runChecks(Long requestId) {
    UserIdRequest request = load(requestId);
    CheckOutcome outcome = checks.check(request);
    request.checked(outcome.passed(), outcome.summary());
    record(requestId, SYSTEM, outcome.passed() ? "CHECKS_PASSED" : "CHECKS_FAILED", outcome.summary());
    if (!outcome.passed()) {
      request.denied(SYSTEM, now(), DenialCode.FAILED_CHECK, outcome.denialReason());
      record(requestId, SYSTEM, "DENIED", outcome.denialReason());
      metrics.decided(request.getRequestType(), false, true);
    }
    return outcome;
  }

  public void startReview(Long requestId, Date slaDueAt) {
    load(requestId).inReview(slaDueAt.toInstant());
    record(requestId, SYSTEM, "IN_REVIEW", "Due by " + slaDueAt.toInstant());
  }

  public void markSlaBreached(Long requestId) {
    UserIdRequest request = load(requestId);
    request.slaBreached();
    metrics.slaBreached(request.getRequestType());
    record(requestId, SYSTEM, "SLA_BREACHED", "Not reviewed within one business day; supervisors alerted");
  }

  /**
   * A reviewer's decision. On the review task it decides the request; on the SmartAuction verification task it
   * decides only the enrollment and is recorded in the request's history.
   */
  public void recordDecision(Long requestId, String taskKey, boolean approved, DenialCode denialCode,
      String denialReason, String decidedBy) {
    if (VERIFY_SMARTAUCTION_TASK.equals(taskKey)) {
      record(requestId, decidedBy, approved ? "SMARTAUCTION_VERIFIED" : "SMARTAUCTION_REJECTED",
          DenialCode.display(denialCode, denialReason));
      return;
    }
    UserIdRequest request = load(requestId);
    metrics.decided(request.getRequestType(), approved, false);
    if (approved) {
      request.approved(decidedBy, now());
      record(requestId, decidedBy, "APPROVED", null);
    } else {
      request.denied(decidedBy, now(), denialCode, denialReason);
      record(requestId, decidedBy, "DENIED", DenialCode.display(denialCode, denialReason));
    }
  }

  /**
   * Carries out an approved request on the account: open, grant, revoke, reactivate or deactivate. SmartAuction is
   * left to its enrollment. Safe to run again: every step is idempotent.
   */
  public AccountView provision(Long requestId) {
    UserIdRequest request = load(requestId);
    if (request.getStatus() == RequestStatus.COMPLETED) {
      return accounts.find(request.getUserId()).orElseThrow();
    }
    List<String> grantedNow = request.getApplications().stream().filter(code -> !SMARTAUCTION.equals(code)).toList();
    AccountView account = switch (request.getRequestType()) {
      case NEW_USER_ID -> accounts.provision(new NewAccount(request.getUserId(), request.getPdn(),
          request.getFirstName(), request.getLastName(), request.getEmail(), request.getBusinessPhone(),
          request.getRole(), request.getPasswordHash(), request.getSecurityAnswers(), grantedNow, request.getId()));
      case ADD_APPLICATION_ACCESS -> accounts.grant(request.getUserId(), grantedNow, request.getId());
      case REMOVE_APPLICATION_ACCESS -> accounts.revoke(request.getUserId(), request.getApplications());
      case REACTIVATE_USER_ID -> accounts.reactivate(request.getUserId());
      case DEACTIVATE_USER_ID -> accounts.deactivate(request.getUserId());
      case CHANGE_ROLE -> {
        List<String> before = accounts.find(request.getUserId()).orElseThrow().applicationCodes();
        AccountView changed = accounts.changeRole(request.getUserId(), request.getRole());
        List<String> removed = before.stream().filter(code -> !changed.applicationCodes().contains(code)).toList();
        if (!removed.isEmpty()) {
          record(requestId, SYSTEM, ROLE_REMOVED_APPLICATIONS, String.join(",", removed));
        }
        yield changed;
      }
    };
    request.completed(now());
    record(requestId, SYSTEM, "PROVISIONED", request.getRequestType().label() + " done for " + account.userId()
        + "; applications now: " + String.join(", ", account.applicationCodes()));
    return account;
  }

  /** The applications an approved role change removed (the new role may not hold them), as codes. */
  public List<String> removedByRoleChange(Long requestId) {
    return timeline(requestId).stream().filter(event -> ROLE_REMOVED_APPLICATIONS.equals(event.getEventType()))
        .flatMap(event -> java.util.Arrays.stream(event.getDetail().split(","))).toList();
  }

  /** The last of SmartAuction's additional steps: the help desk verified the enrollment. */
  public void grantSmartAuction(Long requestId) {
    UserIdRequest request = load(requestId);
    accounts.grant(request.getUserId(), List.of(SMARTAUCTION), request.getId());
    record(requestId, SYSTEM, "SMARTAUCTION_GRANTED", "SmartAuction granted to " + request.getUserId());
  }

  /** A denied deactivation gives the ID back to its owner, if this request had locked it. */
  public void liftDeactivationLock(Long requestId) {
    UserIdRequest request = load(requestId);
    if (!request.isRequesterVerified() || accounts.find(request.getUserId()).isEmpty()) {
      return;
    }
    accounts.liftDeactivationLock(request.getUserId());
    record(requestId, SYSTEM, "UNLOCKED", "User ID " + request.getUserId() + " unlocked");
  }

  public void expire(Long requestId) {
    UserIdRequest request = load(requestId);
    request.expired(now());
    record(requestId, SYSTEM, "EXPIRED", "Email address not confirmed within 3 days");
  }

  /**
   * The id of the request a process instance works on, by its engine-set key. The row names the instance it was
   * started with: an instance started some other way with the same business key is refused, not served B's request.
   */
  @Transactional(readOnly = true)
  public Long idOf(RequestKey key) {
    UserIdRequest request = requests.findByReference(key.reference())
        .orElseThrow(() -> new IllegalStateException("No request with reference " + key.reference()));
    if (request.getProcessInstanceId() != null && !request.getProcessInstanceId().equals(key.processInstanceId())) {
      throw new IllegalStateException("Request " + key.reference() + " belongs to process instance "
          + request.getProcessInstanceId() + ", not " + key.processInstanceId());
    }
    return request.getId();
  }

  /**
   * The email addresses of the people a request is about: who submitted it and, for an existing user ID, its owner
   * on file. Nobody whose address this is may decide it (four eyes).
   */
  @Transactional(readOnly = true)
  public java.util.Set<String> partyEmails(Long requestId) {
    UserIdRequest request = load(requestId);
    java.util.Set<String> emails = new java.util.HashSet<>();
    emails.add(request.getEmail().toLowerCase(java.util.Locale.ROOT));
    accounts.find(request.getUserId()).ifPresent(account -> emails.add(account.email().toLowerCase(
        java.util.Locale.ROOT)));
    return emails;
  }

  @Transactional(readOnly = true)
  public Optional<UserIdRequest> findBySubmissionKey(String submissionKey) {
    return requests.findBySubmissionKey(submissionKey);
  }

  @Transactional(readOnly = true)
  public Optional<UserIdRequest> findByReference(String reference) {
    return requests.findByReference(reference);
  }

  /**
   * The request with this reference if {@code email} is its applicant's; a wrong pair looks exactly like an unknown
   * reference.
   */
  @Transactional(readOnly = true)
  public Optional<UserIdRequest> findForApplicant(String reference, String email) {
    if (reference == null || email == null) {
      return Optional.empty();
    }
    return requests.findByReference(reference.strip().toUpperCase(java.util.Locale.ROOT))
        .filter(request -> request.getEmail().equalsIgnoreCase(email.strip()));
  }

  /** The requests about a user ID, newest first. */
  @Transactional(readOnly = true)
  public List<UserIdRequest> requestsFor(String userId) {
    return requests.findByUserIdOrderBySubmittedAtDesc(AccountService.normalizeUserId(userId));
  }

  /** Requests submitted in {@code [from, to)}, for the analytics. */
  @Transactional(readOnly = true)
  public List<UserIdRequest> submittedBetween(Instant from, Instant to) {
    return requests.findBySubmittedAtGreaterThanEqualAndSubmittedAtLessThan(from, to);
  }

  /** Every event of the request, for staff. */
  @Transactional(readOnly = true)
  public List<RequestEvent> timeline(Long requestId) {
    return events.findByRequestIdOrderByOccurredAtAscIdAsc(requestId);
  }

  /** What the dealer sees of the timeline: the milestones, not the checks' details or the emails. */
  @Transactional(readOnly = true)
  public List<RequestEvent> dealerTimeline(Long requestId) {
    UserIdRequest request = load(requestId);
    // the lock is the account's: a requester who is not the owner learns nothing of it (found by the outside tester)
    boolean requesterIsOwner = accounts.find(request.getUserId())
        .filter(account -> account.email().equalsIgnoreCase(request.getEmail())).isPresent();
    return events.findByRequestIdAndEventTypeInOrderByOccurredAtAscIdAsc(requestId, requesterIsOwner ? DEALER_EVENTS
        : DEALER_EVENTS.stream().filter(type -> !ACCOUNT_EVENTS.contains(type)).toList());
  }

  /** Events of a request that tell of the account itself. */
  static final List<String> ACCOUNT_EVENTS = List.of("LOCKED", "UNLOCKED");

  static final List<String> DEALER_EVENTS = List.of("SUBMITTED", "EMAIL_CONFIRMED", "LOCKED", "NOT_VERIFIED",
      "IN_REVIEW", "APPROVED", "DENIED", "PROVISIONED", "UNLOCKED", "EXPIRED", "SMARTAUCTION_TERMS_ACCEPTED",
      "SMARTAUCTION_VERIFIED", "SMARTAUCTION_REJECTED", "SMARTAUCTION_GRANTED");

  @Transactional(readOnly = true)
  public UserIdRequest get(Long requestId) {
    return load(requestId);
  }

  public void record(Long requestId, String actor, String eventType, String detail) {
    events.save(new RequestEvent(requestId, now(), actor, eventType, detail));
  }

  private UserIdRequest start(UserIdRequest request, String summary) {
    UserIdRequest saved = requests.save(request);
    record(saved.getId(), saved.getEmail(), "SUBMITTED", summary);
    ProcessInstance instance = runtime.startProcessInstanceByKey(saved.getRequestType().processKey(),
        saved.getReference(), RequestVariables.forStart(saved, catalog.names(saved.getApplications())));
    saved.started(instance.getId());
    metrics.submitted(saved.getRequestType());
    log.info("Request {} submitted ({})", saved.getReference(), saved.getRequestType());
    return saved;
  }

  private Dealership activeDealership(String pdn) {
    return dealerships.findActive(pdn).orElseThrow(() -> new SubmissionRejectedException("pdn",
        "We could not find an active dealership with this PDN. Please check the number with your "
            + "dealership's office manager."));
  }

  private UserIdRequest load(Long requestId) {
    return requests.findById(requestId)
        .orElseThrow(() -> new IllegalStateException("No request with id " + requestId));
  }

  private Instant now() {
    return clock.instant();
  }
}
