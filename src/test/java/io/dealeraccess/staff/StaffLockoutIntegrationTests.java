package io.dealeraccess.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealeraccess.IntegrationTestSupport;
import io.dealeraccess.StaffRestClient;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Wrong staff passwords lock a staff user only for a while: an anonymous caller who knows a staff user's name must
 * not lock them out for good (Camunda's default after 10 attempts).
 */
class StaffLockoutIntegrationTests extends IntegrationTestSupport {

  @Autowired
  private IdentityService identity;

  private String staffUser() {
    String id = "sam" + uniqueUserId().substring(1, 7);
    User sam = identity.newUser(id);
    sam.setPassword("Good-Staff-Pass-9!");
    identity.saveUser(sam);
    identity.createMembership(id, StaffGroups.HELPDESK);
    return id;
  }

  @Test
  void manyWrongBasicAuthAttemptsLockAStaffUserOnlyForAMinute() {
    String sam = staffUser();
    // a patient guesser: each guess after the previous one's lock has expired, so every guess counts
    for (int attempt = 0; attempt < 15; attempt++) {
      waitOutTheLock();
      assertThat(new StaffRestClient(baseUrl(), sam, "wrong-" + attempt).get("/engine-rest/task").status())
          .isEqualTo(401);
    }
    assertThat(new StaffRestClient(baseUrl(), sam, "Good-Staff-Pass-9!").get("/engine-rest/task").status())
        .as("still locked right after the guesses").isEqualTo(401);

    waitOutTheLock();

    assertThat(new StaffRestClient(baseUrl(), sam, "Good-Staff-Pass-9!").get("/engine-rest/task").status())
        .as("a minute later").isEqualTo(200);
    assertThat(identity.createUserQuery().userId(sam).singleResult()).isNotNull();
  }

  private static void waitOutTheLock() {
    // Camunda's longest delay after a wrong password is a minute (StaffLoginPolicy)
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 61_000L));
  }

  @Test
  void aStaffPasswordMustMeetThePasswordPolicy() {
    StaffRestClient admin = new StaffRestClient(baseUrl(), "admin", "admin");
    String id = uniqueUserId();

    StaffRestClient.Response weak = admin.post("/engine-rest/user/create", "{\"profile\": {\"id\": \"" + id
        + "\"}, \"credentials\": {\"password\": \"password\"}}");

    assertThat(weak.status()).isEqualTo(400);
    assertThat(identity.createUserQuery().userId(id).count()).isZero();
  }
}
