package io.dealeraccess.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealeraccess.IntegrationTestSupport;
import io.dealeraccess.StaffRestClient;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.request.Applicant;
import io.dealeraccess.request.RemoveAccessSubmission;
import io.dealeraccess.request.RequestSubmissions;
import io.dealeraccess.request.RequestView;
import io.dealeraccess.request.RequestView;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Review tasks carry no authorization of their own: the help desk works them through its group-wide grant, so the
 * queue's queries do not grow a join row per open review (see {@link GroupWideTaskAuthorizations}).
 */
class TaskAuthorizationIntegrationTests extends IntegrationTestSupport {

  @Autowired
  private RequestSubmissions requests;

  @Autowired
  private AuthorizationService authorizations;

  @Test
  void aReviewTaskHasNoAuthorizationOfItsOwnAndTheHelpDeskStillFindsClaimsAndCompletesIt() {
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH", "INTELLIRATER");
    RequestView request = requests.submitRemoveAccess(new RemoveAccessSubmission("10001", account.userId(),
        new Applicant("Robin", "Owner", account.email(), "555-222-3333", null), List.of("INTELLIRATER")));
    executeJobs(instanceOf(request.reference()).getId());
    Task review = taskService.createTaskQuery().processInstanceBusinessKey(request.reference()).singleResult();
    assertThat(review).as("the review task").isNotNull();

    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(review.getId())
        .count()).as("authorizations written for this one task").isZero();

    StaffRestClient agent = new StaffRestClient(baseUrl(), "agent", "agent");
    String queue = agent.get("/engine-rest/filter?name=Help%20desk%20queue").json().get(0).get("id").asText();
    assertThat(agent.post("/engine-rest/filter/" + queue + "/list?maxResults=1000", "{}").json()
        .findValuesAsText("id")).as("the agent's queue").contains(review.getId());
    assertThat(agent.post("/engine-rest/task/" + review.getId() + "/claim", "{\"userId\": \"agent\"}").status())
        .isEqualTo(204);
    assertThat(agent.post("/engine-rest/task/" + review.getId() + "/complete",
        "{\"variables\": {\"approved\": {\"value\": true}}}").status()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(review.getId()).count()).as("the review is done").isZero();

    StaffRestClient analyst = new StaffRestClient(baseUrl(), "analyst", "analyst");
    assertThat(analyst.post("/engine-rest/task/" + review.getId() + "/claim", "{\"userId\": \"analyst\"}").status())
        .as("analysts read but never decide").isNotEqualTo(204);
  }
}
