package io.dealeraccess.request;

import io.dealeraccess.DealerAccessProperties;
import io.dealeraccess.account.AccountService;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.account.ApplicationCatalog;
import io.dealeraccess.account.ApplicationEligibility;
import io.dealeraccess.account.ApplicationUses;
import io.dealeraccess.account.DealerRole;
import io.dealeraccess.account.DealerUserStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
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
  private final ApplicationEligibility eligibility;
  private final ZoneId zone;
  private final ApplicationUses uses;

  ReviewerContext(UserIdRequestRepository requests, RequestEventRepository events, AccountService accounts,
      ApplicationCatalog catalog, ApplicationEligibility eligibility, DealerAccessProperties properties,
      ApplicationUses uses) {
    this.uses = uses;
    this.requests = requests;
    this.events = events;
    this.accounts = accounts;
    this.catalog = catalog;
    this.eligibility = eligibility;
    this.zone = properties.sla().zone();
  }

  /** A time as the help desk reads it: "Dec 1, 2026 9:05 AM EST". */
  public String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant.atZone(zone));
  }

  @Transactional(readOnly = true)
  public String of(Long requestId) {
    RequestView request = requests.findById(requestId).orElseThrow().view();
    StringBuilder context = new StringBuilder(accounts.find(request.userId()).map(this::onFile)
        .orElse("The user ID " + request.userId() + " does not exist yet."));
    roleNow(request).ifPresent(line -> context.append("\n").append(line));
    List<RequestView> earlier = requests.findTop10ByUserIdOrEmailOrderBySubmittedAtDesc(request.userId(),
        request.email()).stream().map(UserIdRequest::view).filter(other -> !other.id().equals(requestId)).toList();
    context.append("\nEarlier requests for this user ID or person: ").append(earlier.isEmpty() ? "none" : "");
    for (RequestView other : earlier) {
      context.append("\n- ").append(other.reference()).append(" ").append(other.requestType().label())
          .append(": ").append(other.status().label()).append(", submitted ").append(time(other.submittedAt()));
      if (other.denialDisplay() != null) {
        context.append(" (").append(other.denialDisplay()).append(")");
      }
    }
    return context.toString();
  }

  /**
   * Why approving this request now would give the ID an application its role on file may not hold (the role may
   * have changed since the request's checks ran), if it would: the help desk denies it instead.
   */
  @Transactional(readOnly = true)
  public Optional<String> approvalRefusal(Long requestId) {
    RequestView request = requests.findById(requestId).orElseThrow().view();
    if (request.requestType() == RequestType.DEACTIVATE_USER_ID) {
      return accounts.findAtDealership(request.userId(), request.pdn())
          .filter(held -> held.status() != DealerUserStatus.DEACTIVATED).isPresent() ? Optional.empty()
          : Optional.of(nothingToDeactivate(request));
    }
    if (request.requestType() != RequestType.ADD_APPLICATION_ACCESS
        && request.requestType() != RequestType.NEW_USER_ID) {
      return Optional.empty();
    }
    return accounts.find(request.userId()).flatMap(account -> {
      List<String> notAllowed = request.applications().stream()
          .filter(code -> !account.applicationCodes().contains(code))
          .filter(code -> !eligibility.isEligible(account.role(), code)).toList();
      return notAllowed.isEmpty() ? Optional.empty() : Optional.of("The role on file is now "
          + DealerRole.labelOf(account.role()) + ", which may not hold " + String.join(", ", catalog.names(notAllowed))
          + ": this request cannot be approved. Deny it with \"Role not eligible for the application\".");
    });
  }

  /**
   * A deactivation of an ID that is not at the PDN (or is deactivated already): it goes to review like any other, so
   * the requester learns nothing from the answer, and the help desk denies it without naming the account.
   */
  static String nothingToDeactivate(RequestView request) {
    return "There is no user ID " + request.userId() + " that can be deactivated at PDN " + request.pdn()
        + ": this request cannot be approved. Deny it with \"Identity not confirmed\", and do not tell the requester "
        + "whether the ID exists";
  }

  /** What the role on file (or the role asked for) means for the applications, as it is now. */
  private Optional<String> roleNow(RequestView request) {
    if (request.requestType() == RequestType.CHANGE_ROLE) {
      return accounts.find(request.userId()).map(account -> {
        List<String> removed = account.applicationCodes().stream()
            .filter(code -> !eligibility.isEligible(request.role(), code)).toList();
        return removed.isEmpty() ? "The requested role may hold every application the user ID holds now"
            : "Approving removes what the requested role may not hold: " + String.join(", ", catalog.names(removed));
      });
    }
    return approvalRefusal(request.id());
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
        + (account.applicationCodes().isEmpty() ? "" : "\nLast sign-in to each application: " + uses
            .of(account.userId()).stream().map(use -> use.applicationName() + " "
                + (use.lastUsedAt() == null ? "never" : time(use.lastUsedAt()))).collect(Collectors.joining(", ")))
        + "\nLast login: " + (account.lastLoginAt() == null ? "never" : time(account.lastLoginAt()));
  }
}
