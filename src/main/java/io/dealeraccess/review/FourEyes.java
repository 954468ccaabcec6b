package io.dealeraccess.review;

import io.dealeraccess.request.RequestKey;
import io.dealeraccess.request.RequestQueries;
import io.dealeraccess.request.ReviewerContext;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Four eyes: nobody decides a request about themselves. Checked against the request row (who submitted it, who owns
 * the user ID), never against a variable a reviewer could write.
 */
@Component
class FourEyes {

  static final String MESSAGE = "You cannot decide this request: it was submitted by, or is about, the email "
      + "address of your own staff account. Another member of the help desk must review it.";

  static final String CLAIM_MESSAGE = "You cannot claim this review: the request was submitted by, or is about, "
      + "the email address of your own staff account. Another member of the help desk must review it.";

  private final IdentityService identity;
  private final RequestQueries requests;
  private final ReviewerContext context;

  FourEyes(IdentityService identity, RequestQueries requests, ReviewerContext context) {
    this.identity = identity;
    this.requests = requests;
    this.context = context;
  }

  /** Refuses when {@code staffUserId}'s email is one of the request's parties; nothing to check without one. */
  void check(String staffUserId, Long requestId) {
    if (isParty(staffUserId, requestId)) {
      throw new InvalidReviewException(MESSAGE);
    }
  }

  /**
   * Whether {@code staffUserId}'s staff email is the applicant's or the owner's of the request. Compared as one
   * mailbox: case, surrounding blanks and a plus-address tag ({@code agent+dealer@…} is agent's) do not count.
   */
  boolean isParty(String staffUserId, Long requestId) {
    if (staffUserId == null) {
      return false;
    }
    User staff = identity.createUserQuery().userId(staffUserId).singleResult();
    return staff != null && staff.getEmail() != null && requests.partyEmails(requestId).stream()
        .map(FourEyes::mailbox).anyMatch(mailbox(staff.getEmail())::equals);
  }

  /** An address as the mailbox it reaches: lower case, without blanks or a {@code +tag} in the local part. */
  static String mailbox(String email) {
    String address = email.strip().toLowerCase(Locale.ROOT);
    int at = address.lastIndexOf('@');
    if (at < 0) {
      return address;
    }
    String local = address.substring(0, at);
    int plus = local.indexOf('+');
    return (plus < 0 ? local : local.substring(0, plus)) + address.substring(at);
  }

  /** Refuses an approval that would give the ID an application its role on file may not hold now. */
  void checkApprovable(Long requestId, boolean approved) {
    if (approved) {
      context.approvalRefusal(requestId).ifPresent(refusal -> {
        throw new InvalidReviewException(refusal);
      });
    }
  }

  /** The request a process instance works on. */
  Long requestId(RequestKey key) {
    return requests.idOf(key);
  }

  /** The staff user of the current engine call (REST with Basic, Tasklist), if any. */
  String currentUser() {
    return identity.getCurrentAuthentication() == null ? null : identity.getCurrentAuthentication().getUserId();
  }
}
