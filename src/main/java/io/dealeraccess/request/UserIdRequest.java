package io.dealeraccess.request;

import io.dealeraccess.account.SecurityAnswer;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One User ID request: the source of truth for what was submitted and what was decided. */
@Entity
class UserIdRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String reference;

  @Enumerated(EnumType.STRING)
  private RequestType requestType;

  @Enumerated(EnumType.STRING)
  private RequestStatus status;

  private String pdn;
  private String dealershipName;
  private String firstName;
  private String lastName;
  private String email;
  private String businessPhone;
  private String role;
  private String userId;

  @Convert(converter = CodeListConverter.class)
  private List<String> applications = new ArrayList<>();

  private String passwordHash;

  @Enumerated(EnumType.STRING)
  private SubmittedBy submittedBy;

  @Enumerated(EnumType.STRING)
  private DeactivationReason deactivationReason;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_id_request_security_answer", joinColumns = @JoinColumn(name = "request_id"))
  @OrderColumn(name = "position")
  private List<SecurityAnswer> securityAnswers = new ArrayList<>();

  private Instant submittedAt;
  private Instant emailVerifiedAt;
  private Boolean checksPassed;
  private String checkResults;
  private Instant slaDueAt;
  private boolean slaBreached;
  private String decision;
  private String decidedBy;
  private Instant decidedAt;
  private String denialReason;

  @Enumerated(EnumType.STRING)
  private DenialCode denialCode;
  private Instant completedAt;
  private String processInstanceId;

  private String submissionKey;

  private boolean requesterVerified;

  @Version
  private long version;

  protected UserIdRequest() {}

  UserIdRequest(String reference, RequestType requestType, RequestStatus status, String pdn, String dealershipName,
      Applicant applicant, String userId, List<String> applications, Instant submittedAt) {
    this.reference = reference;
    this.requestType = requestType;
    this.status = status;
    this.pdn = pdn;
    this.dealershipName = dealershipName;
    this.firstName = applicant.firstName();
    this.lastName = applicant.lastName();
    this.email = applicant.email();
    this.businessPhone = applicant.businessPhone();
    this.role = applicant.role();
    this.userId = userId;
    this.applications = new ArrayList<>(applications);
    this.submittedAt = submittedAt;
  }

  /** A new user ID carries the chosen password and answers, hashed, until provisioning moves them to the account. */
  void withSecrets(String passwordHash, List<SecurityAnswer> securityAnswers) {
    this.passwordHash = passwordHash;
    this.securityAnswers = new ArrayList<>(securityAnswers);
  }

  void deactivation(SubmittedBy submittedBy, DeactivationReason reason) {
    this.submittedBy = submittedBy;
    this.deactivationReason = reason;
  }

  /** The ID's owner asked (logged in), or confirmed through the link sent to the email on file. */
  void requesterVerified() {
    this.requesterVerified = true;
  }

  void submittedFrom(String submissionKey) {
    this.submissionKey = submissionKey;
  }

  void started(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void emailVerified(Instant at) {
    this.emailVerifiedAt = at;
  }

  void checked(boolean passed, String results) {
    this.checksPassed = passed;
    this.checkResults = results;
  }

  void inReview(Instant dueAt) {
    this.status = RequestStatus.IN_REVIEW;
    this.slaDueAt = dueAt;
  }

  void slaBreached() {
    this.slaBreached = true;
  }

  void approved(String by, Instant at) {
    this.status = RequestStatus.APPROVED;
    this.decision = "APPROVED";
    this.decidedBy = by;
    this.decidedAt = at;
  }

  void denied(String by, Instant at, DenialCode code, String reason) {
    this.status = RequestStatus.DENIED;
    this.denialCode = code;
    this.decision = "DENIED";
    this.decidedBy = by;
    this.decidedAt = at;
    this.denialReason = reason;
    this.passwordHash = null;
    this.securityAnswers.clear();
  }

  void completed(Instant at) {
    this.status = RequestStatus.COMPLETED;
    this.completedAt = at;
    // the secrets now live with the account; the request keeps none
    this.passwordHash = null;
    this.securityAnswers.clear();
  }

  void expired(Instant at) {
    this.status = RequestStatus.EXPIRED;
    this.completedAt = at;
    this.passwordHash = null;
    this.securityAnswers.clear();
  }

  /** What was submitted and decided, for reading; the secrets stay here. */
  public RequestView view() {
    return new RequestView(id, reference, requestType, status, pdn, dealershipName, firstName, lastName, email,
        businessPhone, role, userId, applications, submittedBy, deactivationReason, requesterVerified, submittedAt,
        emailVerifiedAt, checksPassed, checkResults, slaDueAt, slaBreached, decision, decidedBy, decidedAt, denialCode,
        denialReason, completedAt, processInstanceId);
  }

  Long getId() {
    return id;
  }

  String passwordHash() {
    return passwordHash;
  }

  List<SecurityAnswer> securityAnswers() {
    return List.copyOf(securityAnswers);
  }
}
