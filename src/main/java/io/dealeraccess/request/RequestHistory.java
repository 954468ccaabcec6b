package io.dealeraccess.request;

import io.dealeraccess.account.AccountService;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What happened to each request, in order: staff read all of it, the dealer the milestones. */
@Service
@Transactional
public class RequestHistory {

  /** Who acts when no person does (checks, timers, provisioning, emails). */
  public static final String SYSTEM = "system";
  /** The event of an approved role change that removed applications; its detail lists their codes. */
  static final String ROLE_REMOVED_APPLICATIONS = "ROLE_REMOVED_APPLICATIONS";

  /** Events of a request that tell of the account itself. */
  static final List<String> ACCOUNT_EVENTS = List.of("LOCKED", "UNLOCKED");

  static final List<String> DEALER_EVENTS = List.of("SUBMITTED", "EMAIL_CONFIRMED", "LOCKED", "NOT_VERIFIED",
      "IN_REVIEW", "APPROVED", "DENIED", "PROVISIONED", "UNLOCKED", "EXPIRED", "SMARTAUCTION_TERMS_ACCEPTED",
      "SMARTAUCTION_VERIFIED", "SMARTAUCTION_REJECTED", "SMARTAUCTION_GRANTED");

  private final RequestEventRepository events;
  private final UserIdRequestRepository requests;
  private final AccountService accounts;
  private final Clock clock;

  RequestHistory(RequestEventRepository events, UserIdRequestRepository requests, AccountService accounts,
      Clock clock) {
    this.events = events;
    this.requests = requests;
    this.accounts = accounts;
    this.clock = clock;
  }

  public void record(Long requestId, String actor, String eventType, String detail) {
    events.save(new RequestEvent(requestId, clock.instant(), actor, eventType, detail));
  }

  /** Every event of the request, for staff. */
  @Transactional(readOnly = true)
  public List<RequestEvent> timeline(Long requestId) {
    return events.findByRequestIdOrderByOccurredAtAscIdAsc(requestId);
  }

  /** What the dealer sees of the timeline: the milestones, not the checks' details or the emails. */
  @Transactional(readOnly = true)
  public List<RequestEvent> dealerTimeline(Long requestId) {
    RequestView request = requests.findById(requestId).orElseThrow().view();
    // the lock is the account's: a requester who is not the owner learns nothing of it (found by the outside tester)
    boolean requesterIsOwner = accounts.find(request.userId())
        .filter(account -> account.email().equalsIgnoreCase(request.email())).isPresent();
    return events.findByRequestIdAndEventTypeInOrderByOccurredAtAscIdAsc(requestId, requesterIsOwner ? DEALER_EVENTS
        : DEALER_EVENTS.stream().filter(type -> !ACCOUNT_EVENTS.contains(type)).toList());
  }

  /** The applications an approved role change removed (the new role may not hold them), as codes. */
  @Transactional(readOnly = true)
  public List<String> removedByRoleChange(Long requestId) {
    return timeline(requestId).stream().filter(event -> ROLE_REMOVED_APPLICATIONS.equals(event.getEventType()))
        .flatMap(event -> java.util.Arrays.stream(event.getDetail().split(","))).toList();
  }
}
