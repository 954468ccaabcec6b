package io.dealeraccess.smartauction;

import io.dealeraccess.account.AccountService;
import io.dealeraccess.request.RequestHistory;
import io.dealeraccess.request.RequestQueries;
import io.dealeraccess.request.RequestVariables;
import io.dealeraccess.request.RequestView;
import io.dealeraccess.request.SmartAuctionSteps;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The last of SmartAuction's additional steps: the terms are accepted and the help desk verified the enrollment, so
 * the ID gets SmartAuction.
 */
@Component
class GrantSmartAuctionDelegate implements JavaDelegate {

  private final RequestQueries requests;
  private final RequestHistory history;
  private final AccountService accounts;

  GrantSmartAuctionDelegate(RequestQueries requests, RequestHistory history, AccountService accounts) {
    this.requests = requests;
    this.history = history;
    this.accounts = accounts;
  }

  @Override
  @Transactional
  public void execute(DelegateExecution execution) {
    RequestView request = requests.get(requests.idOf(RequestVariables.requestKey(execution)));
    accounts.grant(request.userId(), List.of(SmartAuctionSteps.APPLICATION), request.id());
    history.record(request.id(), RequestHistory.SYSTEM, "SMARTAUCTION_GRANTED",
        "SmartAuction granted to " + request.userId());
  }
}
