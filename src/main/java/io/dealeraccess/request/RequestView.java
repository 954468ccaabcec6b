package io.dealeraccess.request;

import java.time.Instant;
import java.util.List;

/**
 * A user ID request as the rest of the product reads it: what was submitted and what was decided, never its secrets
 * (the chosen password and answers stay in the {@code request} module until provisioning moves them to the account).
 * The JPA entity behind it is the module's own.
 */
public record RequestView(Long id, String reference, RequestType requestType, RequestStatus status, String pdn,
    String dealershipName, String firstName, String lastName, String email, String businessPhone, String role,
    String userId, List<String> applications, SubmittedBy submittedBy, DeactivationReason deactivationReason,
    boolean requesterVerified, Instant submittedAt, Instant emailVerifiedAt, Boolean checksPassed,
    String checkResults, Instant slaDueAt, boolean slaBreached, String decision, String decidedBy, Instant decidedAt,
    DenialCode denialCode, String denialReason, Instant completedAt, String processInstanceId) {

  public RequestView {
    applications = List.copyOf(applications);
  }

  public String applicantName() {
    return firstName + " " + lastName;
  }

  /** The denial as the dealer reads it. */
  public String denialDisplay() {
    return DenialCode.display(denialCode, denialReason);
  }

  /** Whether SmartAuction is among the applications asked for (granted only after its additional steps). */
  public boolean asksForSmartAuction() {
    return applications.contains(SmartAuctionSteps.APPLICATION);
  }

  /** The applications granted on approval: all asked for but SmartAuction, which its enrollment grants. */
  public List<String> grantedOnApproval() {
    return applications.stream().filter(code -> !SmartAuctionSteps.APPLICATION.equals(code)).toList();
  }
}
