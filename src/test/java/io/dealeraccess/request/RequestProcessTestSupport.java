package io.dealeraccess.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.dealeraccess.IntegrationTestSupport;
import io.dealeraccess.account.AccountView;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
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

  protected static void setClock(String newYorkTime) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(newYorkTime).atZone(NEW_YORK).toInstant()));
  }

  /** The query parameters of the link to {@code path} in the one email to {@code address} about {@code subjectPart}. */
  protected static Map<String, String> linkParams(String address, String subjectPart, String path) {
    return UriComponentsBuilder.fromUriString(link(address, subjectPart, path)).build().getQueryParams()
        .toSingleValueMap();
  }
}
