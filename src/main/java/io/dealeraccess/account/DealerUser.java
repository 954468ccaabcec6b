package io.dealeraccess.account;

import jakarta.persistence.CollectionTable;
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

/** A user ID of the dealer portal, held by exactly one person at one dealership. */
@Entity
class DealerUser {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String userId;
  private String pdn;
  private String firstName;
  private String lastName;
  private String email;
  private String businessPhone;
  private String role;
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  private DealerUserStatus status;

  private Instant activatedAt;
  private Instant lastLoginAt;
  /** The last use an inactivity warning was sent about (the sweep skips an ID warned for its current idle period). */
  private Instant idleWarnedFor;
  private Long createdByRequestId;
  private boolean pendingDeactivation;
  private int reactivationFailures;
  private Instant reactivationBlockedUntil;
  private String pendingEmail;
  private String helpdeskQuestion;
  private String helpdeskAnswerHash;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "dealer_user_security_answer", joinColumns = @JoinColumn(name = "dealer_user_id"))
  @OrderColumn(name = "position")
  private List<SecurityAnswer> securityAnswers = new ArrayList<>();

  @Version
  private long version;

  protected DealerUser() {}

  DealerUser(String userId, String pdn, String firstName, String lastName, String email, String businessPhone,
      String role, String passwordHash, List<SecurityAnswer> securityAnswers, Instant activatedAt,
      Long createdByRequestId) {
    this.userId = userId;
    this.pdn = pdn;
    this.firstName = firstName;
    this.lastName = lastName;
    this.email = email;
    this.businessPhone = businessPhone;
    this.role = role;
    this.passwordHash = passwordHash;
    this.securityAnswers = new ArrayList<>(securityAnswers);
    this.status = DealerUserStatus.ACTIVE;
    this.activatedAt = activatedAt;
    this.createdByRequestId = createdByRequestId;
  }

  void markInactive() {
    this.status = DealerUserStatus.INACTIVE;
  }

  void warnedIdle(Instant lastUsedAt) {
    this.idleWarnedFor = lastUsedAt;
  }

  /** Back in use after 60+ idle days: the old password no longer works, the owner sets a new one by email link. */
  void reactivate(Instant at, String unusablePasswordHash) {
    this.status = DealerUserStatus.ACTIVE;
    this.activatedAt = at;
    this.lastLoginAt = null;
    this.passwordHash = unusablePasswordHash;
    this.reactivationFailures = 0;
    this.reactivationBlockedUntil = null;
  }

  void deactivate() {
    this.status = DealerUserStatus.DEACTIVATED;
    this.pendingDeactivation = false;
  }

  void lockForDeactivation() {
    this.pendingDeactivation = true;
  }

  void liftDeactivationLock() {
    this.pendingDeactivation = false;
  }

  /** The dealer's own edits; the role is not among them (a change is reviewed, see {@link #changeRole}). */
  void editProfile(String firstName, String lastName, String businessPhone) {
    this.firstName = firstName;
    this.lastName = lastName;
    this.businessPhone = businessPhone;
  }

  void changeRole(String role) {
    this.role = role;
  }

  void requestEmailChange(String newEmail) {
    this.pendingEmail = newEmail;
  }

  void confirmEmailChange() {
    this.email = pendingEmail;
    this.pendingEmail = null;
  }

  void changeSecurityAnswers(List<SecurityAnswer> answers) {
    this.securityAnswers.clear();
    this.securityAnswers.addAll(answers);
  }

  void changeHelpDeskQuestion(String question, String answerHash) {
    this.helpdeskQuestion = question;
    this.helpdeskAnswerHash = answerHash;
  }

  public String getPendingEmail() {
    return pendingEmail;
  }

  public String getHelpdeskQuestion() {
    return helpdeskQuestion;
  }

  String getHelpdeskAnswerHash() {
    return helpdeskAnswerHash;
  }

  void changePassword(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  /** Counts a wrong security answer; the third in a row blocks reactivation requests until {@code blockUntil}. */
  void wrongReactivationAnswer(Instant blockUntil, int maxFailures) {
    this.reactivationFailures++;
    if (this.reactivationFailures >= maxFailures) {
      this.reactivationBlockedUntil = blockUntil;
      this.reactivationFailures = 0;
    }
  }

  void rightReactivationAnswer() {
    this.reactivationFailures = 0;
  }

  boolean isReactivationBlocked(Instant now) {
    return reactivationBlockedUntil != null && reactivationBlockedUntil.isAfter(now);
  }

  Instant getReactivationBlockedUntil() {
    return reactivationBlockedUntil;
  }

  int getReactivationFailures() {
    return reactivationFailures;
  }

  public boolean isPendingDeactivation() {
    return pendingDeactivation;
  }

  void recordLogin(Instant at) {
    this.lastLoginAt = at;
  }

  void setLastLoginAt(Instant lastLoginAt) {
    this.lastLoginAt = lastLoginAt;
  }

  public Long getId() {
    return id;
  }

  public String getUserId() {
    return userId;
  }

  public String getPdn() {
    return pdn;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public String getEmail() {
    return email;
  }

  public String getBusinessPhone() {
    return businessPhone;
  }

  public String getRole() {
    return role;
  }

  String getPasswordHash() {
    return passwordHash;
  }

  public DealerUserStatus getStatus() {
    return status;
  }

  public Instant getActivatedAt() {
    return activatedAt;
  }

  Long getCreatedByRequestId() {
    return createdByRequestId;
  }

  public Instant getLastLoginAt() {
    return lastLoginAt;
  }

  public List<SecurityAnswer> getSecurityAnswers() {
    return List.copyOf(securityAnswers);
  }
}
