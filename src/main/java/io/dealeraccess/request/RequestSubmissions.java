package io.dealeraccess.request;

import io.dealeraccess.account.AccountService;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.account.ApplicationCatalog;
import io.dealeraccess.account.Secrets;
import io.dealeraccess.account.SecurityAnswer;
import io.dealeraccess.dealership.Dealership;
import io.dealeraccess.dealership.DealershipService;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submitting a request of each type: validate, persist and start its process in one transaction, so nothing is
 * half-saved. The rules a form also shows as field errors ({@link SubmissionRules}) are checked here again, where
 * no page can skip them.
 */
@Service
@Transactional
public class RequestSubmissions {

  private static final Logger log = LoggerFactory.getLogger(RequestSubmissions.class);

  private final UserIdRequestRepository requests;
  private final RequestHistory history;
  private final ReferenceNumbers referenceNumbers;
  private final SubmissionRules rules;
  private final AccountService accounts;
  private final ApplicationCatalog catalog;
  private final Secrets secrets;
  private final RequestProcesses processes;
  private final RequestMetrics metrics;
  private final Clock clock;

  RequestSubmissions(UserIdRequestRepository requests, RequestHistory history, ReferenceNumbers referenceNumbers,
      SubmissionRules rules, AccountService accounts, ApplicationCatalog catalog, Secrets secrets,
      RequestProcesses processes, RequestMetrics metrics, Clock clock) {
    this.requests = requests;
    this.history = history;
    this.referenceNumbers = referenceNumbers;
    this.rules = rules;
    this.accounts = accounts;
    this.catalog = catalog;
    this.secrets = secrets;
    this.processes = processes;
    this.metrics = metrics;
    this.clock = clock;
  }

  /**
   * Runs a submission at most once per form page: a key seen before returns the request it created. Two submissions
   * with the same key at the same moment: the unique key makes the second wait for the first to commit and then
   * fail as a whole (its process start included), and {@link #submittedWith} finds the first.
   */
  public RequestView once(String submissionKey, Supplier<RequestView> submit) {
    if (submissionKey == null) {
      return submit.get();
    }
    Optional<UserIdRequest> earlier = requests.findBySubmissionKey(submissionKey);
    if (earlier.isPresent()) {
      log.info("Request {} submitted again from the same form page: not created twice",
          earlier.get().view().reference());
      return earlier.get().view();
    }
    RequestView created = submit.get();
    UserIdRequest stored = RequestQueries.load(requests, created.id());
    stored.submittedFrom(submissionKey);
    requests.flush();
    return stored.view();
  }

  /**
   * The request submitted with this key, read after a concurrent submission with the same key failed on the unique
   * key: that failure comes only once the first has committed, so one read in a fresh transaction finds it.
   */
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public Optional<RequestView> submittedWith(String submissionKey) {
    return submissionKey == null ? Optional.empty()
        : requests.findBySubmissionKey(submissionKey).map(UserIdRequest::view);
  }

  public RequestView submitNewUserId(NewUserIdSubmission submission) {
    Dealership dealership = rules.activeDealership(submission.pdn());
    String userId = AccountService.normalizeUserId(submission.userId());
    rules.requireUserIdAvailable(userId);
    UserIdRequest request = new UserIdRequest(referenceNumbers.next(), RequestType.NEW_USER_ID,
        RequestStatus.AWAITING_EMAIL_CONFIRMATION, dealership.getPdn(), dealership.getName(),
        new Applicant(submission.firstName(), submission.lastName(), submission.email(), submission.businessPhone(),
            submission.role()), userId, submission.applications(), clock.instant());
    request.withSecrets(secrets.hashPassword(submission.password()), submission.securityAnswers().stream()
        .map(answer -> new SecurityAnswer(answer.question(), secrets.hashAnswer(answer.answer()))).toList());
    return start(request, "New user ID request for " + userId);
  }

  /** A removal asked on the public form by someone not logged in as the ID's owner. */
  public RequestView submitRemoveAccess(RemoveAccessSubmission submission) {
    return submitRemoveAccess(submission, false);
  }

  /**
   * A removal of applications: anyone who knows the name and email on file can ask it on the public form, so the
   * review shows whether the requester was its owner, logged in ({@code byLoggedInOwner}), or not verified.
   */
  public RequestView submitRemoveAccess(RemoveAccessSubmission submission, boolean byLoggedInOwner) {
    Dealership dealership = rules.activeDealership(submission.pdn());
    UserIdRequest request = new UserIdRequest(referenceNumbers.next(), RequestType.REMOVE_APPLICATION_ACCESS,
        RequestStatus.SUBMITTED, dealership.getPdn(), dealership.getName(), submission.applicant(),
        AccountService.normalizeUserId(submission.userId()), submission.applications(), clock.instant());
    if (byLoggedInOwner) {
      request.requesterVerified();
    }
    return start(request, "Remove " + String.join(", ", catalog.names(submission.applications())) + " from "
        + submission.userId() + (byLoggedInOwner ? " (asked by its owner, logged in)" : " (requester not verified)"));
  }

  public RequestView submitReactivation(ReactivationSubmission submission) {
    Dealership dealership = rules.activeDealership(submission.pdn());
    return start(new UserIdRequest(referenceNumbers.next(), RequestType.REACTIVATE_USER_ID,
        RequestStatus.SUBMITTED, dealership.getPdn(), dealership.getName(), submission.applicant(),
        AccountService.normalizeUserId(submission.userId()), List.of(), clock.instant()),
        "Reactivate " + submission.userId() + " (security answer confirmed)");
  }

  /**
   * Stores the request. Only a verified requester locks the ID before the decision: its owner, logged in
   * ({@code byLoggedInOwner}). Anyone else's request goes to review marked "requester not verified", the ID keeps
   * working, and the owner is asked by email (to the address on file) to confirm, which locks it then.
   */
  public RequestView submitDeactivation(DeactivationSubmission submission, boolean byLoggedInOwner) {
    Dealership dealership = rules.activeDealership(submission.pdn());
    String userId = AccountService.normalizeUserId(submission.userId());
    rules.requireNoOpenRequest(userId, RequestType.DEACTIVATE_USER_ID, "userId");
    UserIdRequest request = new UserIdRequest(referenceNumbers.next(), RequestType.DEACTIVATE_USER_ID,
        RequestStatus.SUBMITTED, dealership.getPdn(), dealership.getName(), submission.requester(), userId,
        List.of(), clock.instant());
    request.deactivation(submission.submittedBy(), submission.reason());
    if (byLoggedInOwner) {
      request.requesterVerified();
    }
    RequestView started = start(request, "Deactivate " + userId + ": " + submission.reason().label());
    if (byLoggedInOwner) {
      accounts.lockForDeactivation(userId, true);
      history.record(started.id(), started.email(), "LOCKED", "User ID " + userId
          + " locked until the decision (asked by its owner, logged in)");
    } else {
      history.record(started.id(), RequestHistory.SYSTEM, "NOT_VERIFIED", "Requester not verified: the user ID "
          + "keeps working until the decision, unless its owner confirms by the link sent to the email on file");
    }
    return started;
  }

  /**
   * A logged-in dealer asks to change the role on their own ID. The role decides which applications the ID may hold,
   * so it takes effect only when the help desk approves; until then the verified role counts.
   */
  public RequestView submitRoleChange(String userId, String newRole) {
    AccountView account = accounts.find(userId).orElseThrow();
    rules.requireNoOpenRequest(account.userId(), RequestType.CHANGE_ROLE, "role");
    return start(new UserIdRequest(referenceNumbers.next(), RequestType.CHANGE_ROLE, RequestStatus.SUBMITTED,
        account.pdn(), rules.dealershipName(account.pdn()), new Applicant(account.firstName(), account.lastName(),
            account.email(), account.businessPhone(), newRole), account.userId(), List.of(), clock.instant()),
        "Change the role of " + account.userId() + " from " + account.role() + " to " + newRole);
  }

  /** A logged-in dealer asks for more applications for their own ID. */
  public RequestView submitAddAccess(String userId, List<String> applications) {
    AccountView account = accounts.find(userId).orElseThrow();
    return start(new UserIdRequest(referenceNumbers.next(), RequestType.ADD_APPLICATION_ACCESS,
        RequestStatus.SUBMITTED, account.pdn(), rules.dealershipName(account.pdn()),
        new Applicant(account.firstName(), account.lastName(), account.email(), account.businessPhone(),
            account.role()), account.userId(), applications, clock.instant()),
        "Add " + String.join(", ", catalog.names(applications)) + " to " + account.userId());
  }

  private RequestView start(UserIdRequest request, String summary) {
    UserIdRequest saved = requests.save(request);
    RequestView view = saved.view();
    history.record(view.id(), view.email(), "SUBMITTED", summary);
    saved.started(processes.start(view, catalog.names(view.applications())));
    metrics.submitted(view.requestType());
    log.info("Request {} submitted ({})", view.reference(), view.requestType());
    return saved.view();
  }
}
