package io.dealeraccess.review;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Four eyes: nobody decides a request whose applicant email is their own staff email. */
@Component
class FourEyes {

  static final String MESSAGE = "You cannot decide this request: its applicant's email address is your own. "
      + "Another member of the help desk must review it.";

  private final IdentityService identity;

  FourEyes(IdentityService identity) {
    this.identity = identity;
  }

  /** Refuses when {@code staffUserId}'s email is {@code applicantEmail}; nothing to check without a staff user. */
  void check(String staffUserId, Object applicantEmail) {
    if (staffUserId == null || applicantEmail == null) {
      return;
    }
    User staff = identity.createUserQuery().userId(staffUserId).singleResult();
    if (staff != null && staff.getEmail() != null && staff.getEmail().equalsIgnoreCase(applicantEmail.toString())) {
      throw new InvalidReviewException(MESSAGE);
    }
  }

  /** The staff user of the current engine call (REST with Basic, Tasklist), if any. */
  String currentUser() {
    return identity.getCurrentAuthentication() == null ? null : identity.getCurrentAuthentication().getUserId();
  }
}
