package io.dealeraccess.request;

import io.dealeraccess.account.ApplicationEligibility;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * The one home of the request processes' variable names and their types. BPMN conditions, form keys and Java code
 * use these names; {@code ProcessContractTest} fails on a name used in processes/ or forms/ that is not declared here.
 */
public final class RequestVariables {

  public static final String REQUEST_ID = "requestId";
  public static final String REFERENCE = "reference";
  public static final String REQUEST_TYPE = "requestType";
  public static final String PDN = "pdn";
  public static final String DEALERSHIP_NAME = "dealershipName";
  public static final String APPLICANT_NAME = "applicantName";
  public static final String APPLICANT_EMAIL = "applicantEmail";
  /** The role as the reviewer reads it (its label, "Finance manager"); the row holds the code. */
  public static final String APPLICANT_ROLE = "applicantRole";
  public static final String BUSINESS_PHONE = "businessPhone";
  public static final String USER_ID = "userId";
  public static final String APPLICATIONS = "applications";
  public static final String APPLICATION_NAMES = "applicationNames";
  /**
   * The role code ({@code FINANCE_MANAGER}) the eligibility table decides on, the table's input: the role asked for
   * (new user ID, role change) or the role on file (added applications). Set from the request row and the account
   * when the business rule task starts ({@code EligibilityRoleListener}).
   */
  public static final String ROLE = ApplicationEligibility.ROLE;
  /**
   * The eligibility table's answer in the process (the business rule task's result): the codes of the applications
   * {@link #ROLE} may hold. The automated checks judge eligibility by it.
   */
  public static final String ELIGIBLE_APPLICATIONS = "eligibleApplications";
  public static final String CHECKS_PASSED = "checksPassed";
  public static final String CHECK_RESULTS = "checkResults";
  /** For the reviewer: the user ID's applications now and earlier requests for the same ID or person. */
  public static final String REVIEW_CONTEXT = "reviewContext";
  /** The SmartAuction verification, for the reviewer: whether, when and by whom the terms were accepted. */
  public static final String TERMS_ACCEPTANCE = "termsAcceptance";
  public static final String APPROVED = "approved";
  /**
   * The review forms' own check that the decision is complete (a computed field, true or empty): it keeps Tasklist's
   * Complete disabled until it is. Sent along with the decision and dropped by the server, never stored.
   */
  public static final String DECISION_READY = "decisionReady";
  public static final String DENIAL_REASON = "denialReason";
  /** A {@link DenialCode} name. */
  public static final String DENIAL_CODE = "denialCode";
  public static final String SLA_DUE_AT = "slaDueAt";
  public static final String SLA_BREACHED = "slaBreached";
  /** Deactivations: who asked (label) and why (label). */
  public static final String SUBMITTED_BY = "submittedBy";
  public static final String DEACTIVATION_REASON = "deactivationReason";
  /** Deactivations, for the reviewer: whether the requester is verified as the ID's owner (label). */
  public static final String REQUESTER_VERIFIED = "requesterVerified";
  /** Whether SmartAuction's additional steps (smartauction-enrollment) follow the approval. */
  public static final String SMARTAUCTION_REQUESTED = "smartAuctionRequested";
  /** smartauction-enrollment: when to remind about the terms, and when the step expires. */
  public static final String TERMS_REMINDER_AT = "termsReminderAt";
  public static final String TERMS_EXPIRE_AT = "termsExpireAt";

  /** Local input of a mail task: which template to send. */
  public static final String MAIL_TEMPLATE = "mailTemplate";
  /**
   * Local input of a mail task: who receives it, comma-separated: {@code applicant} (who submitted), {@code owner}
   * (the user ID's holder, by the address on file) or a staff group id.
   */
  public static final String MAIL_RECIPIENT = "mailRecipient";

  /** Every declared name, for the contract test. */
  public static final Set<String> ALL = Set.of(REQUEST_ID, REFERENCE, REQUEST_TYPE, PDN, DEALERSHIP_NAME,
      APPLICANT_NAME, APPLICANT_EMAIL, APPLICANT_ROLE, BUSINESS_PHONE, TERMS_ACCEPTANCE, DECISION_READY, USER_ID, APPLICATIONS, APPLICATION_NAMES, ROLE, ELIGIBLE_APPLICATIONS,
      CHECKS_PASSED, CHECK_RESULTS, REVIEW_CONTEXT, APPROVED, DENIAL_REASON, DENIAL_CODE, SLA_DUE_AT, SLA_BREACHED, SUBMITTED_BY, DEACTIVATION_REASON,
      REQUESTER_VERIFIED,
      SMARTAUCTION_REQUESTED, TERMS_REMINDER_AT, TERMS_EXPIRE_AT, MAIL_TEMPLATE, MAIL_RECIPIENT);

  private RequestVariables() {}

  /** The role of a request whose form does not ask for one (the user ID's role on file is in the context). */
  static final String NO_ROLE_ASKED = "Not asked on this form: the role on file is in the context below";

  /** The owner confirmed a deactivation someone else asked for, by the link sent to the email on file. */
  static final String OWNER_CONFIRMED = "Not the owner, but the owner of the user ID confirmed the request by the "
      + "link sent to the email on file";

  /**
   * Whether the requester is known to be the owner, for the two requests anyone may make on the public form about
   * someone's ID (deactivation, removing applications); null for the others (made by the owner, logged in, or
   * proven by a security answer).
   */
  static String requesterVerifiedLabel(RequestType type, boolean verified) {
    if (type == RequestType.DEACTIVATE_USER_ID) {
      return verified ? "Yes: the owner of the user ID (logged in, or confirmed by email)"
          : "No: requester not verified. The user ID keeps working until you decide; its owner was asked by email "
              + "to confirm";
    }
    if (type == RequestType.REMOVE_APPLICATION_ACCESS) {
      return verified ? "Yes: the owner of the user ID, logged in"
          : "No: asked on the public form with the name and email on file, not logged in. The receipt went to that "
              + "email; if in doubt, call the owner at the business phone on file before you approve";
    }
    return null;
  }

  /**
   * Which request this process works on, from what only the engine sets: the business key the product gave the
   * instance at start (the reference; a call activity inherits it) and the instance itself. Never from a variable:
   * {@code requestId} and the rest are copies for Tasklist and Cockpit, not the truth.
   */
  public static RequestKey requestKey(VariableScope scope) {
    DelegateExecution execution;
    if (scope instanceof DelegateExecution e) {
      execution = e;
    } else if (scope instanceof DelegateTask t) {
      execution = t.getExecution();
    } else {
      throw new IllegalArgumentException("not an execution or task: " + scope);
    }
    DelegateExecution top = execution.getProcessInstance();
    while (top.getSuperExecution() != null) {
      top = top.getSuperExecution().getProcessInstance();
    }
    return new RequestKey(execution.getProcessBusinessKey(), top.getProcessInstanceId());
  }

  public static Object approvedAsSubmitted(VariableScope scope) {
    return scope.getVariable(APPROVED);
  }

  public static String denialReason(VariableScope scope) {
    return stringValue(scope, DENIAL_REASON);
  }

  public static String mailTemplate(VariableScope scope) {
    return stringValue(scope, MAIL_TEMPLATE);
  }

  public static String mailRecipient(VariableScope scope) {
    return stringValue(scope, MAIL_RECIPIENT);
  }

  /** The role the eligibility table decides on; null when the request has none (its ID is not there). */
  public static String role(VariableScope scope) {
    return stringValue(scope, ROLE);
  }

  public static void setRole(VariableScope scope, String roleCode) {
    scope.setVariable(ROLE, Variables.stringValue(roleCode));
  }

  /**
   * The applications the eligibility table decided {@link #ROLE} may hold; null where the process decided none. JSON
   * once the decision task has ended, the engine's list while it runs.
   */
  public static List<String> eligibleApplications(VariableScope scope) {
    Object value = scope.getVariable(ELIGIBLE_APPLICATIONS);
    if (value == null) {
      return null;
    }
    if (value instanceof SpinJsonNode json && json.isArray()) {
      return json.elements().stream().map(SpinJsonNode::stringValue).toList();
    }
    if (value instanceof Collection<?> codes) {
      return codes.stream().map(String::valueOf).toList();
    }
    throw new IllegalStateException(ELIGIBLE_APPLICATIONS + " is not a list of application codes: " + value);
  }

  static void setEligibleApplications(VariableScope scope, List<String> codes) {
    scope.setVariable(ELIGIBLE_APPLICATIONS, codesAsJson(codes));
  }

  /** Application codes as a JSON variable, which Cockpit shows as its text ({@code ["SMARTCASH"]}). */
  static TypedValue codesAsJson(Collection<String> codes) {
    return SpinValues.jsonValue(Spin.JSON(new ArrayList<>(codes))).create();
  }

  public static void setChecks(VariableScope scope, boolean passed, String results, String reviewContext) {
    scope.setVariable(CHECKS_PASSED, Variables.booleanValue(passed));
    scope.setVariable(CHECK_RESULTS, Variables.stringValue(results));
    scope.setVariable(REVIEW_CONTEXT, Variables.stringValue(reviewContext));
  }

  /** The reviewer's context as it is now; false when it was already this. */
  public static boolean refreshReviewerContext(VariableScope scope, String name, String value) {
    if (value.equals(scope.getVariable(name))) {
      return false;
    }
    scope.setVariable(name, Variables.stringValue(value));
    return true;
  }

  public static void setDecision(VariableScope scope, boolean approved, DenialCode code, String denialReason) {
    scope.setVariable(APPROVED, Variables.booleanValue(approved));
    scope.setVariable(DENIAL_CODE, Variables.stringValue(code == null ? null : code.name()));
    scope.setVariable(DENIAL_REASON, Variables.stringValue(denialReason));
  }

  /** The denial as the dealer reads it, from this scope's decision. */
  public static String denialDisplay(VariableScope scope) {
    return DenialCode.display(DenialCode.of(stringValue(scope, DENIAL_CODE)), denialReason(scope));
  }

  public static void setSlaDueAt(VariableScope scope, Date dueAt) {
    scope.setVariable(SLA_DUE_AT, Variables.dateValue(dueAt));
  }

  public static void setTermsDeadlines(VariableScope scope, Date reminderAt, Date expireAt) {
    scope.setVariable(TERMS_REMINDER_AT, Variables.dateValue(reminderAt));
    scope.setVariable(TERMS_EXPIRE_AT, Variables.dateValue(expireAt));
  }

  public static void setSlaBreached(VariableScope scope) {
    scope.setVariable(SLA_BREACHED, Variables.booleanValue(true));
  }

  private static String stringValue(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }
}
