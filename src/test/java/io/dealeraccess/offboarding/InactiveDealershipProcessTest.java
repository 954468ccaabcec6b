package io.dealeraccess.offboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.dealeraccess.IntegrationTestSupport;
import io.dealeraccess.StaffRestClient;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.account.DealerUserStatus;
import io.dealeraccess.account.NewAccount;
import io.dealeraccess.account.SecurityAnswer;
import io.dealeraccess.account.SecurityQuestion;
import io.dealeraccess.dealership.DealerMasterData;
import io.dealeraccess.dealership.DealershipEvent;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A dealership turned inactive by the master data: one confirmation task for the help desk in Tasklist (not one per
 * ID), then every user ID there deactivated in batches, applications removed, each owner emailed, the dealership's
 * timeline telling it all. With the real engine, its guard, REST and GreenMail.
 */
class InactiveDealershipProcessTest extends IntegrationTestSupport {

  @Autowired
  private DealerMasterData masterData;
  @Autowired
  private DealershipOffboarding offboarding;

  private String pdn;
  private int batchBefore;

  @BeforeEach
  void anActiveDealership() {
    pdn = String.valueOf(ThreadLocalRandom.current().nextInt(60000, 69999));
    masterData.put(pdn, "Closing Motors", "true", null, null, "lender-system");
    batchBefore = offboarding.batchSize(2);
  }

  @AfterEach
  void batchesAsShipped() {
    offboarding.batchSize(batchBefore);
  }

  private AccountView accountAt(String atPdn, String... applications) {
    String userId = uniqueUserId();
    return accounts.provision(new NewAccount(userId, atPdn, "Dana", "Dealer", userId + "@dealer.example",
        "555-222-3333", "FINANCE_MANAGER", secrets.hashPassword(PASSWORD),
        List.of(new SecurityAnswer(SecurityQuestion.FIRST_PET, secrets.hashAnswer("Rex"))), List.of(applications),
        null));
  }

  private ProcessInstance inactivate() {
    masterData.put(pdn, "Closing Motors", "false", null, null, "lender-system");
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(OffboardingVariables.PROCESS)
        .processInstanceBusinessKey(pdn).singleResult();
  }

  private Task confirmationTask(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private StaffRestClient.Response complete(Task task, String variables) {
    return new StaffRestClient(baseUrl(), "agent", "agent").post("/engine-rest/task/" + task.getId() + "/complete",
        "{\"variables\": " + variables + "}");
  }

  private List<String> timeline() {
    return masterData.timeline(pdn).stream().map(DealershipEvent::getEventType).toList();
  }

  @Test
  void oneConfirmationForTheDealershipThenEveryUserIdIsDeactivatedInBatchesAndEachOwnerEmailed() {
    AccountView first = accountAt(pdn, "SMARTCASH");
    AccountView second = accountAt(pdn, "SMARTCASH", "INTELLIRATER");
    AccountView idle = accountAt(pdn);
    accounts.markInactive(idle.userId());
    AccountView elsewhere = accountAt("10001", "SMARTCASH");

    ProcessInstance instance = inactivate();

    assertThat(instance).isWaitingAt("Task_ConfirmDeactivation");
    Task task = confirmationTask(instance);
    assertThat(task.getName()).isEqualTo("Confirm the deactivation of the user IDs of Closing Motors (PDN " + pdn + ")");
    assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(link -> link.getGroupId())
        .contains("helpdesk");
    assertThat(task.getDueDate()).as("one business day, as a review: the help desk queue sorts by it")
        .isEqualTo(runtimeService.getVariable(instance.getId(), OffboardingVariables.DUE_AT)).isNotNull();
    assertThat(runtimeService.getVariable(instance.getId(), OffboardingVariables.USER_ID_COUNT)).isEqualTo(3L);
    assertThat((String) runtimeService.getVariable(instance.getId(), OffboardingVariables.USER_ID_LIST))
        .contains(first.userId() + ": Dana Dealer, Finance & Insurance Manager, " + first.email())
        .contains(idle.userId() + ": Dana Dealer").contains("(inactive)").doesNotContain(elsewhere.userId());
    assertThat(runtimeService.getVariable(instance.getId(), OffboardingVariables.INACTIVATED_BY))
        .isEqualTo("lender-system");

    assertThat(complete(task, "{\"approved\": {\"value\": true}}").status()).isEqualTo(204);
    executeJobs(instance.getId());

    assertThat(instance).hasPassed("Task_DeactivateUserIds").isEnded();
    assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId("Task_DeactivateUserIds").count()).as("three IDs in batches of two").isEqualTo(2);
    for (AccountView gone : List.of(first, second, idle)) {
      AccountView now = accounts.find(gone.userId()).orElseThrow();
      assertThat(now.status()).isEqualTo(DealerUserStatus.DEACTIVATED);
      assertThat(now.applicationCodes()).isEmpty();
      assertThat(body(onlyMailTo(gone.email(), "Your user ID is deactivated"))).contains(gone.userId())
          .contains("your dealership is no longer active");
    }
    assertThat(accounts.find(elsewhere.userId()).orElseThrow().status()).isEqualTo(DealerUserStatus.ACTIVE);
    assertThat(timeline()).containsExactly("CREATED", "INACTIVATED", "CONFIRMATION_REQUESTED",
        "DEACTIVATION_CONFIRMED", "USER_IDS_DEACTIVATED", "USER_IDS_DEACTIVATED");
    assertThat(masterData.timeline(pdn).get(3).getActor()).as("the decider, claimed on completion")
        .isEqualTo("agent");
  }

  @Test
  void theHelpDeskMayDeclineWithAReasonAndNothingChanges() {
    AccountView holder = accountAt(pdn, "SMARTCASH");
    ProcessInstance instance = inactivate();
    Task task = confirmationTask(instance);

    StaffRestClient.Response noReason = complete(task, "{\"approved\": {\"value\": false}}");
    StaffRestClient.Response withMore = complete(task, "{\"approved\": {\"value\": false}, "
        + "\"userIdCount\": {\"value\": 0}}");
    StaffRestClient.Response declined = complete(task, "{\"approved\": {\"value\": false}, \"denialReason\": "
        + "{\"value\": \"The lender says the dealership is active again\"}}");

    assertThat(noReason.status()).isEqualTo(400);
    assertThat(withMore.status()).as("only the decision is taken").isEqualTo(400);
    assertThat(declined.status()).isEqualTo(204);
    assertThat(instance).hasPassed("End_NotConfirmed").isEnded();
    assertThat(accounts.find(holder.userId()).orElseThrow().status()).isEqualTo(DealerUserStatus.ACTIVE);
    assertThat(masterData.timeline(pdn).get(3).getDetail())
        .isEqualTo("Did not deactivate the dealership's user IDs: The lender says the dealership is active again");
  }

  @Test
  void aDealershipActiveAgainBeforeTheDeactivationRunsKeepsItsUserIds() {
    AccountView holder = accountAt(pdn, "SMARTCASH");
    ProcessInstance instance = inactivate();
    assertThat(complete(confirmationTask(instance), "{\"approved\": {\"value\": true}}").status()).isEqualTo(204);

    masterData.put(pdn, "Closing Motors", "true", null, null, "lender-system");
    executeJobs(instance.getId());

    assertThat(instance).isEnded();
    assertThat(accounts.find(holder.userId()).orElseThrow().status()).isEqualTo(DealerUserStatus.ACTIVE);
    assertThat(timeline()).endsWith("UPDATED", "DEACTIVATION_SKIPPED");
  }

  @Test
  void aDealershipWithoutUserIdsAsksNobody() {
    masterData.put(pdn, "Closing Motors", "false", null, null, "lender-system");

    org.camunda.bpm.engine.history.HistoricProcessInstance ended = historyService()
        .createHistoricProcessInstanceQuery().processDefinitionKey(OffboardingVariables.PROCESS)
        .processInstanceBusinessKey(pdn).singleResult();
    assertThat(ended.getEndActivityId()).isEqualTo("End_NoUserIds");
    assertThat(timeline()).endsWith("INACTIVATED", "NO_USER_IDS");
  }

  @Test
  void inactiveAgainWhileTheHelpDeskHasNotDecidedStartsNoSecondProcess() {
    accountAt(pdn);
    ProcessInstance instance = inactivate();

    masterData.put(pdn, "Closing Motors", "true", null, null, "lender-system");
    masterData.put(pdn, "Closing Motors", "false", null, null, "lender-system");

    assertThat(historyService().createHistoricProcessInstanceQuery().processDefinitionKey(
        OffboardingVariables.PROCESS).processInstanceBusinessKey(pdn).count()).isEqualTo(1);
    assertThat(instance).isWaitingAt("Task_ConfirmDeactivation");
  }

  @Test
  void whoeverMadeTheDealershipInactiveNeitherClaimsNorDecidesItsConfirmation() {
    // found by the outside tester: an access administrator who is also in the help desk confirmed their own change
    accountAt(pdn, "SMARTCASH");
    masterData.put(pdn, "Closing Motors", "false", null, null, "agent");
    ProcessInstance instance = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(OffboardingVariables.PROCESS).processInstanceBusinessKey(pdn).singleResult();
    Task task = confirmationTask(instance);
    StaffRestClient agent = new StaffRestClient(baseUrl(), "agent", "agent");

    StaffRestClient.Response claimed = agent.post("/engine-rest/task/" + task.getId() + "/claim",
        "{\"userId\": \"agent\"}");
    StaffRestClient.Response declined = complete(task, "{\"approved\": {\"value\": false}, \"denialReason\": "
        + "{\"value\": \"Keep them\"}}");

    assertThat(claimed.status()).isEqualTo(403);
    assertThat(declined.status()).isEqualTo(403);
    assertThat(declined.body()).contains("You made this dealership inactive");
    assertThat(instance).isWaitingAt("Task_ConfirmDeactivation");
  }

  @Test
  void theConfirmationTakesNoDenialCode() {
    accountAt(pdn, "SMARTCASH");
    ProcessInstance instance = inactivate();

    StaffRestClient.Response coded = complete(confirmationTask(instance), "{\"approved\": {\"value\": true}, "
        + "\"denialCode\": {\"value\": \"OTHER\"}}");

    assertThat(coded.status()).isEqualTo(400);
    assertThat(instance).isWaitingAt("Task_ConfirmDeactivation");
  }

  @Test
  void staffCannotStartOrDeleteTheProcessByHand() {
    accountAt(pdn);
    ProcessInstance instance = inactivate();
    StaffRestClient admin = new StaffRestClient(baseUrl(), "admin", "admin");

    assertThat(admin.post("/engine-rest/process-definition/key/inactive-dealership/start",
        "{\"businessKey\": \"10001\"}").status()).isEqualTo(403);
    assertThat(admin.delete("/engine-rest/process-instance/" + instance.getId()).status()).isEqualTo(403);
    assertThat(instance).isWaitingAt("Task_ConfirmDeactivation");
  }

  private org.camunda.bpm.engine.HistoryService historyService() {
    return processEngine.getHistoryService();
  }
}
