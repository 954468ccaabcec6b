package io.dealeraccess.request;

import io.dealeraccess.DealerAccessProperties;
import io.dealeraccess.account.AccountService;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.account.ApplicationCatalog;
import io.dealeraccess.account.DealerRole;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a reviewer needs besides the request itself, as it is at this moment: the user ID on file (status, role,
 * applications held), earlier requests for the same ID or person with their status now, and on the SmartAuction
 * verification whether, when and by whom the terms were accepted. Times in the help desk's zone. Read again each
 * time the agent opens the review ({@code review.FreshReviewContext}), not only when the task was created.
 */
@Component
public class ReviewerContext {

  static final String TERMS_ACCEPTED = "SMARTAUCTION_TERMS_ACCEPTED";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MMM d, yyyy h:mm a z", Locale.US);

  private final UserIdRequestRepository requests;
  private final RequestEventRepository events;
  private final AccountService accounts;
  private final ApplicationCatalog catalog;
  private final ZoneId zone;

  ReviewerContext(UserIdRequestRepository requests, RequestEventRepository events, AccountService accounts,
      ApplicationCatalog catalog, DealerAccessProperties properties) {
    this.requests = requests;
    this.events = events;
    this.accounts = accounts;
    this.catalog = catalog;
    this.zone = properties.sla().zone();
  }

  /** A time as the help desk reads it: "Dec 1, 2026 9:05 AM EST". */
  public String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant.atZone(zone));
  }

  @Transactional(readOnly = true)
  public String of(Long requestId) {
    UserIdRequest request = requests.findById(requestId).orElseThrow();
    StringBuilder context = new StringBuilder(accounts.find(request.getUserId()).map(this::onFile)
        .orElse("The user ID " + request.getUserId() + " does not exist yet."));
    List<UserIdRequest> earlier = requests.findTop10ByUserIdOrEmailOrderBySubmittedAtDesc(request.getUserId(),
        request.getEmail()).stream().filter(other -> !other.getId().equals(requestId)).toList();
    context.append("\nEarlier requests for this user ID or person: ").append(earlier.isEmpty() ? "none" : "");
    for (UserIdRequest other : earlier) {
      context.append("\n- ").append(other.getReference()).append(" ").append(other.getRequestType().label())
          .append(": ").append(other.getStatus().label()).append(", submitted ").append(time(other.getSubmittedAt()));
      if (other.getDenialDisplay() != null) {
        context.append(" (").append(other.getDenialDisplay()).append(")");
      }
    }
    return context.toString();
  }

  /** SmartAuction's terms for the verification: whether, when and by whom they were accepted. */
  @Transactional(readOnly = true)
  public String termsAcceptance(Long requestId) {
    return events.findByRequestIdAndEventTypeInOrderByOccurredAtAscIdAsc(requestId, List.of(TERMS_ACCEPTED))
        .stream().reduce((first, second) -> second)
        .map(accepted -> "Accepted " + time(accepted.getOccurredAt()) + " by " + accepted.getActor()
            + ", through the single-use link emailed to that address")
        .orElse("Not accepted");
  }

  private String onFile(AccountView account) {
    return "User ID on file: " + account.status().name().charAt(0)
        + account.status().name().substring(1).toLowerCase(Locale.ROOT)
        + (account.pendingDeactivation() ? " (locked: deactivation pending)" : "")
        + ", role " + DealerRole.labelOf(account.role()) + ", business phone " + account.businessPhone()
        + "\nApplications the user ID holds now: " + (account.applicationCodes().isEmpty() ? "none"
            : String.join(", ", catalog.names(account.applicationCodes())))
        + "\nLast login: " + (account.lastLoginAt() == null ? "never" : time(account.lastLoginAt()));
  }
}
