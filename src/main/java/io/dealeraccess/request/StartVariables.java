package io.dealeraccess.request;

import static io.dealeraccess.request.RequestVariables.APPLICANT_EMAIL;
import static io.dealeraccess.request.RequestVariables.APPLICANT_NAME;
import static io.dealeraccess.request.RequestVariables.APPLICANT_ROLE;
import static io.dealeraccess.request.RequestVariables.APPLICATIONS;
import static io.dealeraccess.request.RequestVariables.APPLICATION_NAMES;
import static io.dealeraccess.request.RequestVariables.BUSINESS_PHONE;
import static io.dealeraccess.request.RequestVariables.DEACTIVATION_REASON;
import static io.dealeraccess.request.RequestVariables.DEALERSHIP_NAME;
import static io.dealeraccess.request.RequestVariables.NO_ROLE_ASKED;
import static io.dealeraccess.request.RequestVariables.PDN;
import static io.dealeraccess.request.RequestVariables.REFERENCE;
import static io.dealeraccess.request.RequestVariables.REQUESTER_VERIFIED;
import static io.dealeraccess.request.RequestVariables.REQUEST_ID;
import static io.dealeraccess.request.RequestVariables.REQUEST_TYPE;
import static io.dealeraccess.request.RequestVariables.SLA_BREACHED;
import static io.dealeraccess.request.RequestVariables.SMARTAUCTION_REQUESTED;
import static io.dealeraccess.request.RequestVariables.SUBMITTED_BY;
import static io.dealeraccess.request.RequestVariables.USER_ID;
import static io.dealeraccess.request.RequestVariables.requesterVerifiedLabel;

import io.dealeraccess.account.DealerRole;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/** The variables a request process starts with (names and types from {@link RequestVariables}). */
final class StartVariables {

  private StartVariables() {}

  /** The request types whose process routes on {@link RequestVariables#SMARTAUCTION_REQUESTED}. */
  private static final Set<RequestType> OFFERING_SMARTAUCTION =
      EnumSet.of(RequestType.NEW_USER_ID, RequestType.ADD_APPLICATION_ACCESS);

  /**
   * The variables a request process starts with: what it routes on and what Tasklist shows. Only what this request
   * has: Cockpit lists every variable, and a deactivation's empty {@code applications} or a new ID's empty
   * {@code deactivationReason} would only be noise. {@code applications} is JSON, which Cockpit shows as its text.
   */
  static VariableMap forStart(RequestView request, List<String> applicationNames) {
    VariableMap variables = Variables.createVariables()
        .putValueTyped(REQUEST_ID, Variables.longValue(request.id()))
        .putValueTyped(REFERENCE, Variables.stringValue(request.reference()))
        .putValueTyped(REQUEST_TYPE, Variables.stringValue(request.requestType().name()))
        .putValueTyped(APPLICANT_ROLE, Variables.stringValue(request.role() == null ? NO_ROLE_ASKED
            : DealerRole.labelOf(request.role())))
        .putValueTyped(SLA_BREACHED, Variables.booleanValue(false));
    putIfPresent(variables, PDN, request.pdn());
    putIfPresent(variables, DEALERSHIP_NAME, request.dealershipName());
    putIfPresent(variables, APPLICANT_NAME, request.applicantName());
    putIfPresent(variables, APPLICANT_EMAIL, request.email());
    putIfPresent(variables, BUSINESS_PHONE, request.businessPhone());
    putIfPresent(variables, USER_ID, request.userId());
    if (!request.applications().isEmpty()) {
      variables.putValueTyped(APPLICATIONS, RequestVariables.codesAsJson(request.applications()));
      variables.putValueTyped(APPLICATION_NAMES, Variables.stringValue(String.join(", ", applicationNames)));
    }
    if (OFFERING_SMARTAUCTION.contains(request.requestType())) {
      variables.putValueTyped(SMARTAUCTION_REQUESTED, Variables.booleanValue(request.asksForSmartAuction()));
    }
    putIfPresent(variables, SUBMITTED_BY, request.submittedBy() == null ? null : request.submittedBy().label());
    putIfPresent(variables, DEACTIVATION_REASON,
        request.deactivationReason() == null ? null : request.deactivationReason().label());
    putIfPresent(variables, REQUESTER_VERIFIED,
        requesterVerifiedLabel(request.requestType(), request.requesterVerified()));
    return variables;
  }

  private static void putIfPresent(VariableMap variables, String name, String value) {
    if (value != null) {
      variables.putValueTyped(name, Variables.stringValue(value));
    }
  }
}
