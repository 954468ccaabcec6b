package io.dealeraccess.request;

import io.dealeraccess.account.AccountService;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The links a request's emails carry, followed: the applicant confirms their address, the owner of a user ID
 * confirms a deactivation someone else asked for, the applicant opens SmartAuction's terms. Each link is signed
 * ({@link RequestLinks}); a wrong one changes nothing.
 */
@Service
@Transactional
public class RequestConfirmations {

  public static final String MSG_EMAIL_VERIFIED = "Msg_EmailVerified";

  private final UserIdRequestRepository requests;
  private final RequestHistory history;
  private final RequestLinks links;
  private final AccountService accounts;
  private final RequestProcesses processes;
  private final Clock clock;

  RequestConfirmations(UserIdRequestRepository requests, RequestHistory history, RequestLinks links,
      AccountService accounts, RequestProcesses processes, Clock clock) {
    this.requests = requests;
    this.history = history;
    this.links = links;
    this.accounts = accounts;
    this.processes = processes;
    this.clock = clock;
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
    RequestView view = request.view();
    if (view.status() == RequestStatus.EXPIRED) {
      return EmailConfirmation.EXPIRED;
    }
    if (view.emailVerifiedAt() != null || view.status() != RequestStatus.AWAITING_EMAIL_CONFIRMATION) {
      return EmailConfirmation.ALREADY_CONFIRMED;
    }
    request.emailVerified(clock.instant());
    history.record(view.id(), view.email(), "EMAIL_CONFIRMED", "Applicant confirmed " + view.email());
    processes.deliver(MSG_EMAIL_VERIFIED, reference);
    return EmailConfirmation.CONFIRMED;
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
        .filter(request -> request.view().requestType() == RequestType.DEACTIVATE_USER_ID)
        .filter(request -> AutomatedChecks.OPEN.contains(request.view().status()));
    if (found.isEmpty()) {
      return false;
    }
    UserIdRequest request = found.get();
    RequestView view = request.view();
    if (!view.requesterVerified()) {
      request.requesterVerified();
      accounts.lockForDeactivation(view.userId());
      history.record(view.id(), "owner", "LOCKED", "User ID " + view.userId()
          + " locked until the decision (its owner confirmed by the link sent to the email on file)");
      processes.showReviewer(view.processInstanceId(), RequestVariables.REQUESTER_VERIFIED,
          RequestVariables.OWNER_CONFIRMED);
    }
    return true;
  }

  @Transactional(readOnly = true)
  public boolean isValidTermsLink(String reference, String token) {
    return links.isValid(RequestLinks.SMARTAUCTION_TERMS, reference, token);
  }
}
