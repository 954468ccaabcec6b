package io.dealeraccess.smartauction;

import io.dealeraccess.request.RequestService;
import io.dealeraccess.request.RequestVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Grants SmartAuction once its terms are accepted and the help desk verified the enrollment. */
@Component
class GrantSmartAuctionDelegate implements JavaDelegate {

  private final RequestService requests;

  GrantSmartAuctionDelegate(RequestService requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    requests.grantSmartAuction(requests.idOf(RequestVariables.requestKey(execution)));
  }
}
