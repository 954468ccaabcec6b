package io.dealeraccess.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.dealeraccess.IntegrationTestSupport;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.account.ApplicationEligibility;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.UriComponentsBuilder;

/** What the request process tests share: accounts to work on, the review task, the clock. */
abstract class RequestProcessTestSupport extends IntegrationTestSupport {

  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Autowired
  protected RequestSubmissions requests;
  @Autowired
  protected RequestQueries requestQueries;
  @Autowired
  protected RequestHistory history;
  @Autowired
  protected RequestConfirmations confirmations;
  @Autowired
  protected RequestSteps steps;
  @Autowired
  protected Provisioning provisioning;
  @Autowired
  protected SubmissionRules rules;
  @Autowired
  protected HistoryService historyService;


  protected static Applicant applicant(AccountView account) {
    return new Applicant(account.firstName(), account.lastName(), account.email(), account.businessPhone(),
        account.role());
  }

  protected Task reviewTask(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  protected void approve(ProcessInstance instance) {
    taskService.complete(reviewTask(instance).getId(), withVariables("approved", true));
    executeJobs(instance.getId());
  }

  protected void deny(ProcessInstance instance, String reason) {
    taskService.complete(reviewTask(instance).getId(), withVariables("approved", false, "denialReason", reason));
    executeJobs(instance.getId());
  }

  protected String formOf(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).initializeFormKeys().singleResult()
        .getCamundaFormRef().getKey();
  }

  /** Starts the request's process and runs it to its first wait state. */
  protected ProcessInstance started(RequestView request) {
    ProcessInstance instance = instanceOf(request.reference());
    executeJobs(instance.getId());
    return instance;
  }

  /**
   * The eligibility table's one evaluation by this instance's business rule task (from Camunda's history, with its
   * input and outputs): what the automated checks judged by. (The reviewer's context asks the same table from Java
   * too, for the role on file: history records those evaluations as well.)
   */
  protected HistoricDecisionInstance eligibilityDecision(ProcessInstance instance) {
    List<HistoricDecisionInstance> decisions = historyService.createHistoricDecisionInstanceQuery()
        .processInstanceId(instance.getId()).decisionDefinitionKey(ApplicationEligibility.DECISION)
        .activityIdIn("Task_DecideEligibleApplications").includeInputs().includeOutputs().list();
    assertThat(decisions).as("the business rule task's evaluations in %s", instance.getId()).hasSize(1);
    return decisions.get(0);
  }

  /** The role the table decided on. */
  /**
   * A variable Cockpit shows as its text: stored as JSON (an Object variable shows only as
   * "java.util.ArrayList&lt;java.lang.String&gt;"); its text.
   */
  protected String jsonVariable(ProcessInstance instance, String name) {
    TypedValue value = runtimeService.getVariableTyped(instance.getId(), name, false);
    assertThat(value).as(name).isNotNull();
    assertThat(value.getType().getName()).as("%s is JSON", name).isEqualTo("json");
    return ((SerializableValue) value).getValueSerialized();
  }

  protected static Object decidedRole(HistoricDecisionInstance decision) {
    assertThat(decision.getInputs()).hasSize(1);
    return decision.getInputs().get(0).getValue();
  }

  /** The applications the table decided the role may hold, one output per matching row. */
  protected static List<Object> decidedApplications(HistoricDecisionInstance decision) {
    return decision.getOutputs().stream().map(HistoricDecisionOutputInstance::getValue).toList();
  }

  /** The denial the checks give a role that may not hold what it asked for, word for word. */
  protected static String notEligible(String applicationNames, String pronoun) {
    return "Your role at the dealership is not eligible for " + applicationNames + ". Please re-submit without "
        + pronoun + ", or ask your dealership's office manager which applications your role may use.";
  }

  protected static void setClock(String newYorkTime) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(newYorkTime).atZone(NEW_YORK).toInstant()));
  }

  /** The query parameters of the link to {@code path} in the one email to {@code address} about {@code subjectPart}. */
  protected static Map<String, String> linkParams(String address, String subjectPart, String path) {
    return UriComponentsBuilder.fromUriString(link(address, subjectPart, path)).build().getQueryParams()
        .toSingleValueMap();
  }
}
