package io.dealeraccess.request;

import io.dealeraccess.account.AccountService;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading requests: for their status pages, the confirmation, emails, analytics and the processes' steps. */
@Service
@Transactional(readOnly = true)
public class RequestQueries {

  private final UserIdRequestRepository requests;
  private final AccountService accounts;

  RequestQueries(UserIdRequestRepository requests, AccountService accounts) {
    this.requests = requests;
    this.accounts = accounts;
  }

  public RequestView get(Long requestId) {
    return load(requests, requestId).view();
  }

  /**
   * The id of the request a process instance works on, by its engine-set key. The row names the instance it was
   * started with: an instance started some other way with the same business key is refused, not served B's request.
   */
  public Long idOf(RequestKey key) {
    UserIdRequest request = requests.findByReference(key.reference())
        .orElseThrow(() -> new IllegalStateException("No request with reference " + key.reference()));
    String startedWith = request.view().processInstanceId();
    if (startedWith != null && !startedWith.equals(key.processInstanceId())) {
      throw new IllegalStateException("Request " + key.reference() + " belongs to process instance "
          + startedWith + ", not " + key.processInstanceId());
    }
    return request.getId();
  }

  /**
   * The email addresses of the people a request is about: who submitted it and, for an existing user ID, its owner
   * on file. Nobody whose address this is may decide it (four eyes).
   */
  public Set<String> partyEmails(Long requestId) {
    RequestView request = get(requestId);
    Set<String> emails = new HashSet<>();
    emails.add(request.email().toLowerCase(Locale.ROOT));
    accounts.find(request.userId()).ifPresent(account -> emails.add(account.email().toLowerCase(Locale.ROOT)));
    return emails;
  }

  public Optional<RequestView> findBySubmissionKey(String submissionKey) {
    return requests.findBySubmissionKey(submissionKey).map(UserIdRequest::view);
  }

  public Optional<RequestView> findByReference(String reference) {
    return requests.findByReference(reference).map(UserIdRequest::view);
  }

  /**
   * The request with this reference if {@code email} is its applicant's (or, for a deactivation, the ID owner's on
   * file); a wrong pair looks exactly like an unknown reference.
   */
  public Optional<RequestView> findForApplicant(String reference, String email) {
    if (reference == null || email == null) {
      return Optional.empty();
    }
    String typed = email.strip();
    return findByReference(reference.strip().toUpperCase(Locale.ROOT))
        .filter(request -> request.email().equalsIgnoreCase(typed) || isOwnerOfDeactivatedId(request, typed));
  }

  /** A deactivation is followed by its requester and by the ID's owner, with the email address on file. */
  private boolean isOwnerOfDeactivatedId(RequestView request, String email) {
    return request.requestType() == RequestType.DEACTIVATE_USER_ID && request.userId() != null
        && accounts.find(request.userId()).map(account -> account.email().equalsIgnoreCase(email)).orElse(false);
  }

  /** The requests about a user ID, newest first. */
  public List<RequestView> requestsFor(String userId) {
    return requests.findByUserIdOrderBySubmittedAtDesc(AccountService.normalizeUserId(userId)).stream()
        .map(UserIdRequest::view).toList();
  }

  /** Requests submitted in {@code [from, to)}, for the analytics. */
  public List<RequestView> submittedBetween(Instant from, Instant to) {
    return requests.findBySubmittedAtGreaterThanEqualAndSubmittedAtLessThan(from, to).stream()
        .map(UserIdRequest::view).toList();
  }

  static UserIdRequest load(UserIdRequestRepository requests, Long requestId) {
    return requests.findById(requestId)
        .orElseThrow(() -> new IllegalStateException("No request with id " + requestId));
  }
}
