package io.dealeraccess.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What the recovery services share: the audit (a recovery request as typed; an account event on an ID that exists)
 * and the emails, recorded with the change and sent once it commits, so no page answers faster or slower for an ID
 * that exists.
 */
@Component
class RecoveryRecords {

  static final String VISITOR = "visitor";

  private final RecoveryRequestRepository requests;
  private final AccountEventRepository events;
  private final ApplicationEventPublisher notices;
  private final Clock clock;

  RecoveryRecords(RecoveryRequestRepository requests, AccountEventRepository events,
      ApplicationEventPublisher notices, Clock clock) {
    this.requests = requests;
    this.events = events;
    this.notices = notices;
    this.clock = clock;
  }

  void request(RecoveryRequest.Kind kind, String typedUserId, String pdn, String email, DealerUser user,
      String outcome) {
    requests.save(new RecoveryRequest(kind, now(), cut(typedUserId), pdn, cut(email),
        user == null ? null : user.getId(), outcome));
  }

  /** Requests of this kind about this ID with one of these outcomes in the last hour. */
  long lastHour(RecoveryRequest.Kind kind, DealerUser user, Collection<String> outcomes) {
    return requests.countByKindAndDealerUserIdAndOutcomeInAndOccurredAtAfter(kind, user.getId(), outcomes,
        now().minus(Duration.ofHours(1)));
  }

  /** Requests of this kind for this address with one of these outcomes in the last hour. */
  long lastHour(RecoveryRequest.Kind kind, String email, Collection<String> outcomes) {
    return requests.countByKindAndEmailAndOutcomeInAndOccurredAtAfter(kind, cut(email), outcomes,
        now().minus(Duration.ofHours(1)));
  }

  void event(DealerUser user, String actor, String eventType, String detail) {
    events.save(new AccountEvent(user.getId(), now(), actor, eventType, detail));
  }

  /** An email about {@code user} (null: about no ID, such as "this address holds no user ID here"). */
  void notify(DealerUser user, String template, String recipient, Map<String, Object> values) {
    notices.publishEvent(new AccountNotice(template + ":" + UUID.randomUUID(), user == null ? null : user.getUserId(),
        template, List.of(recipient), values));
  }

  /** Addresses are compared in lower case; what was typed is kept at its column's length. */
  static String email(String typed) {
    return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
  }

  private static String cut(String typed) {
    return typed == null || typed.length() <= 254 ? typed : typed.substring(0, 254);
  }

  Instant now() {
    return clock.instant();
  }
}
