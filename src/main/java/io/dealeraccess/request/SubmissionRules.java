package io.dealeraccess.request;

import io.dealeraccess.account.AccountService;
import io.dealeraccess.dealership.Dealership;
import io.dealeraccess.dealership.DealershipService;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules a request must meet to be submitted, in one place: the forms show them as field errors before the
 * submission, the submission enforces them, and {@link AutomatedChecks} asks them again when the request is checked.
 */
@Component
@Transactional(readOnly = true)
public class SubmissionRules {

  public static final String UNKNOWN_PDN = "We could not find an active dealership with this PDN. Please check the "
      + "number with your dealership's office manager.";
  public static final String USER_ID_TAKEN = "This user ID is already taken. Please choose another one.";

  private static final Map<RequestType, String> ALREADY_OPEN = Map.of(
      RequestType.DEACTIVATE_USER_ID, "A request to deactivate this user ID is already being reviewed.",
      RequestType.REACTIVATE_USER_ID, "A request to reactivate this user ID is already being reviewed.",
      RequestType.CHANGE_ROLE, "A change of your role is already being reviewed.",
      RequestType.ADD_APPLICATION_ACCESS, "You already have a request for applications in review. Wait for its decision, then ask again.");

  private final UserIdRequestRepository requests;
  private final AccountService accounts;
  private final DealershipService dealerships;

  SubmissionRules(UserIdRequestRepository requests, AccountService accounts, DealershipService dealerships) {
    this.requests = requests;
    this.accounts = accounts;
    this.dealerships = dealerships;
  }

  /** A user ID is available when no account holds it and no open request asks for it. */
  public boolean isUserIdAvailable(String userId) {
    return isUserIdAvailable(AccountService.normalizeUserId(userId), null);
  }

  /** As {@link #isUserIdAvailable(String)}, not counting the request {@code asking} itself. */
  boolean isUserIdAvailable(String normalizedUserId, Long asking) {
    return !accounts.isUserIdTaken(normalizedUserId) && (asking == null
        ? !requests.existsByUserIdAndRequestTypeAndStatusIn(normalizedUserId, RequestType.NEW_USER_ID,
            AutomatedChecks.OPEN)
        : !requests.existsByUserIdAndRequestTypeAndStatusInAndIdNot(normalizedUserId, RequestType.NEW_USER_ID,
            AutomatedChecks.OPEN, asking));
  }

  /** Whether a request of this type for this user ID is still being handled. */
  public boolean hasOpenRequest(String userId, RequestType type) {
    return requests.existsByUserIdAndRequestTypeAndStatusIn(AccountService.normalizeUserId(userId), type,
        AutomatedChecks.OPEN);
  }

  /** What a dealer is told when a request of this type is already open for the user ID. */
  public static String alreadyOpen(RequestType type) {
    return ALREADY_OPEN.getOrDefault(type, "A request of this kind is already being reviewed.");
  }

  boolean isActiveDealership(String pdn) {
    return dealerships.findActive(pdn).isPresent();
  }

  void requireUserIdAvailable(String normalizedUserId) {
    if (!isUserIdAvailable(normalizedUserId, null)) {
      throw new SubmissionRejectedException("userId", USER_ID_TAKEN);
    }
  }

  void requireNoOpenRequest(String userId, RequestType type, String field) {
    if (hasOpenRequest(userId, type)) {
      throw new SubmissionRejectedException(field, alreadyOpen(type));
    }
  }

  Dealership activeDealership(String pdn) {
    return dealerships.findActive(pdn).orElseThrow(() -> new SubmissionRejectedException("pdn", UNKNOWN_PDN));
  }

  String dealershipName(String pdn) {
    return dealerships.find(pdn).orElseThrow().getName();
  }
}
