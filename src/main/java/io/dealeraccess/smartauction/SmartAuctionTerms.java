package io.dealeraccess.smartauction;

import io.dealeraccess.request.RequestService;
import io.dealeraccess.request.UserIdRequest;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dealer accepts the SmartAuction terms through the emailed link; the enrollment process waits for it. */
@Service
public class SmartAuctionTerms {

  public static final String MSG_TERMS_ACCEPTED = "Msg_SmartAuctionTermsAccepted";

  public enum Outcome { ACCEPTED, NOT_WAITING, INVALID }

  private final RequestService requests;
  private final RuntimeService runtime;

  SmartAuctionTerms(RequestService requests, RuntimeService runtime) {
    this.requests = requests;
    this.runtime = runtime;
  }

  /** The request behind a valid link, to show its terms page. */
  @Transactional(readOnly = true)
  public Optional<UserIdRequest> requestFor(String reference, String token) {
    return requests.isValidTermsLink(reference, token) ? requests.findByReference(reference) : Optional.empty();
  }

  @Transactional
  public Outcome accept(String reference, String token) {
    Optional<UserIdRequest> request = requestFor(reference, token);
    if (request.isEmpty()) {
      return Outcome.INVALID;
    }
    boolean waiting = runtime.createExecutionQuery().processInstanceBusinessKey(reference)
        .messageEventSubscriptionName(MSG_TERMS_ACCEPTED).count() > 0;
    if (!waiting) {
      return Outcome.NOT_WAITING;
    }
    requests.record(request.get().getId(), request.get().getEmail(), "SMARTAUCTION_TERMS_ACCEPTED",
        "SmartAuction terms accepted");
    runtime.createMessageCorrelation(MSG_TERMS_ACCEPTED).processInstanceBusinessKey(reference).correlateWithResult();
    return Outcome.ACCEPTED;
  }
}
