package io.dealeraccess.smartauction;

import io.dealeraccess.request.RequestConfirmations;
import io.dealeraccess.request.RequestHistory;
import io.dealeraccess.request.RequestProcesses;
import io.dealeraccess.request.RequestQueries;
import io.dealeraccess.request.RequestView;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dealer accepts the SmartAuction terms through the emailed link; the enrollment process waits for it. */
@Service
public class SmartAuctionTerms {

  public static final String MSG_TERMS_ACCEPTED = "Msg_SmartAuctionTermsAccepted";

  public enum Outcome { ACCEPTED, NOT_WAITING, INVALID }

  private final RequestQueries requests;
  private final RequestConfirmations links;
  private final RequestHistory history;
  private final RequestProcesses processes;

  SmartAuctionTerms(RequestQueries requests, RequestConfirmations links, RequestHistory history,
      RequestProcesses processes) {
    this.requests = requests;
    this.links = links;
    this.history = history;
    this.processes = processes;
  }

  /** The request behind a valid link, to show its terms page. */
  @Transactional(readOnly = true)
  public Optional<RequestView> requestFor(String reference, String token) {
    return links.isValidTermsLink(reference, token) ? requests.findByReference(reference) : Optional.empty();
  }

  @Transactional
  public Outcome accept(String reference, String token) {
    Optional<RequestView> request = requestFor(reference, token);
    if (request.isEmpty()) {
      return Outcome.INVALID;
    }
    if (!processes.isWaitingFor(MSG_TERMS_ACCEPTED, reference)) {
      return Outcome.NOT_WAITING;
    }
    history.record(request.get().id(), request.get().email(), "SMARTAUCTION_TERMS_ACCEPTED",
        "SmartAuction terms accepted");
    processes.deliver(MSG_TERMS_ACCEPTED, reference);
    return Outcome.ACCEPTED;
  }
}
