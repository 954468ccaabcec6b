package io.dealeraccess.request;

import io.dealeraccess.account.AccountService;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.account.NewAccount;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Carries out an approved request on the account. */
@Service
@Transactional
public class Provisioning {

  private final UserIdRequestRepository requests;
  private final RequestHistory history;
  private final AccountService accounts;
  private final Clock clock;

  Provisioning(UserIdRequestRepository requests, RequestHistory history, AccountService accounts, Clock clock) {
    this.requests = requests;
    this.history = history;
    this.accounts = accounts;
    this.clock = clock;
  }

  /**
   * Opens, grants, revokes, reactivates or deactivates, as the request says. SmartAuction is left to its enrollment.
   * Safe to run again: every step is idempotent.
   */
  public AccountView provision(Long requestId) {
    UserIdRequest stored = RequestQueries.load(requests, requestId);
    RequestView request = stored.view();
    if (request.status() == RequestStatus.COMPLETED) {
      return accounts.find(request.userId()).orElseThrow();
    }
    AccountView account = switch (request.requestType()) {
      case NEW_USER_ID -> accounts.provision(new NewAccount(request.userId(), request.pdn(), request.firstName(),
          request.lastName(), request.email(), request.businessPhone(), request.role(), stored.passwordHash(),
          stored.securityAnswers(), request.grantedOnApproval(), requestId));
      case ADD_APPLICATION_ACCESS -> accounts.grant(request.userId(), request.grantedOnApproval(), requestId);
      case REMOVE_APPLICATION_ACCESS -> accounts.revoke(request.userId(), request.applications());
      case REACTIVATE_USER_ID -> accounts.reactivate(request.userId());
      case DEACTIVATE_USER_ID -> accounts.deactivate(request.userId());
      case CHANGE_ROLE -> changeRole(request);
    };
    stored.completed(clock.instant());
    history.record(requestId, RequestHistory.SYSTEM, "PROVISIONED", request.requestType().label() + " done for "
        + account.userId() + "; applications now: " + String.join(", ", account.applicationCodes()));
    return account;
  }

  private AccountView changeRole(RequestView request) {
    List<String> before = accounts.find(request.userId()).orElseThrow().applicationCodes();
    AccountView changed = accounts.changeRole(request.userId(), request.role());
    List<String> removed = before.stream().filter(code -> !changed.applicationCodes().contains(code)).toList();
    if (!removed.isEmpty()) {
      history.record(request.id(), RequestHistory.SYSTEM, RequestHistory.ROLE_REMOVED_APPLICATIONS,
          String.join(",", removed));
    }
    return changed;
  }
}
