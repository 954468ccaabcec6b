package io.dealeraccess.demo;

import io.dealeraccess.account.AccountService;
import io.dealeraccess.account.DealerRole;
import io.dealeraccess.account.DealerUserStatus;
import io.dealeraccess.account.NewAccount;
import io.dealeraccess.account.ProfileService;
import io.dealeraccess.account.Secrets;
import io.dealeraccess.account.SecurityAnswer;
import io.dealeraccess.account.SecurityQuestion;
import io.dealeraccess.dealership.Dealership;
import io.dealeraccess.dealership.DealershipService;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo dealerships (PDNs 10001-10020, 10020 inactive) and two dealer users, for local runs
 * ({@code dealeraccess.demo-data.enabled}, on by default, off in production). Adds only what is missing.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "dealeraccess.demo-data.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

  static final String DEMO_PASSWORD = "Showroom-Keys-2026";

  private static final List<String> NAMES = List.of("Riverside Motors", "Lakeview Auto Group", "Summit Ford",
      "Harbor Chevrolet", "Prairie Toyota", "Maple Street Honda", "Canyon Nissan", "Bayside Hyundai",
      "Pinecrest Kia", "Granite State Subaru", "Sunbelt Chrysler Dodge Jeep Ram", "Metro Volkswagen",
      "Northgate Buick GMC", "Coastal Mazda", "Heartland Auto Mall", "Valley Cadillac", "Capitol City Motors",
      "Redwood Auto Plaza", "Bluegrass Lincoln", "Old Mill Motors (closed)");

  private final DealershipService dealerships;
  private final AccountService accounts;
  private final Secrets secrets;
  private final ProfileService profiles;
  private final JdbcTemplate jdbc;

  DemoData(DealershipService dealerships, AccountService accounts, Secrets secrets, ProfileService profiles,
      JdbcTemplate jdbc) {
    this.dealerships = dealerships;
    this.accounts = accounts;
    this.secrets = secrets;
    this.profiles = profiles;
    this.jdbc = jdbc;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (int i = 0; i < NAMES.size(); i++) {
      String pdn = String.valueOf(10001 + i);
      dealerships.saveIfAbsent(new Dealership(pdn, NAMES.get(i), !"10020".equals(pdn)));
    }
    Instant now = Instant.now();
    accounts.createDemoAccount(account("jordan.active", "Jordan", "Active", "jordan.active@riverside.example",
        DealerRole.FINANCE_MANAGER, List.of("SMARTCASH", "INTELLIRATER")), DealerUserStatus.ACTIVE,
        now.minus(Duration.ofDays(3)));
    accounts.createDemoAccount(account("casey.idle", "Casey", "Idle", "casey.idle@riverside.example",
        DealerRole.OFFICE_MANAGER, List.of("SMARTCASH")), DealerUserStatus.INACTIVE,
        now.minus(Duration.ofDays(75)));
    demoHistory(now);
    if (accounts.find("jordan.active").map(account -> account.helpdeskQuestion() == null).orElse(false)) {
      profiles.setDemoHelpDeskQuestion("jordan.active", "Name of my first car dealership?", "Lakeside");
    }
  }

  /**
   * Decided requests of the last three weeks, so the analytics page has something to show on a fresh start. They are
   * history only: their processes are not running (references R-DEMO-…).
   */
  private void demoHistory(Instant now) {
    Integer present = jdbc.queryForObject("select count(*) from user_id_request where reference like 'R-DEMO-%'",
        Integer.class);
    if (present != null && present > 0) {
      return;
    }
    String[][] rows = {
        // type, dealership, days ago, hours to decision, decision, denial code
        {"NEW_USER_ID", "Riverside Motors", "20", "5", "APPROVED", null},
        {"NEW_USER_ID", "Riverside Motors", "18", "30", "DENIED", "NOT_EMPLOYED"},
        {"NEW_USER_ID", "Lakeview Auto Group", "15", "3", "APPROVED", null},
        {"ADD_APPLICATION_ACCESS", "Summit Ford", "14", "8", "APPROVED", null},
        {"ADD_APPLICATION_ACCESS", "Summit Ford", "12", "2", "DENIED", "ROLE_NOT_ELIGIBLE"},
        {"REMOVE_APPLICATION_ACCESS", "Harbor Chevrolet", "10", "20", "APPROVED", null},
        {"REACTIVATE_USER_ID", "Riverside Motors", "9", "26", "APPROVED", null},
        {"DEACTIVATE_USER_ID", "Prairie Toyota", "7", "4", "APPROVED", null},
        {"NEW_USER_ID", "Prairie Toyota", "5", "1", "DENIED", "DUPLICATE_ID"},
        {"NEW_USER_ID", "Harbor Chevrolet", "3", "12", "APPROVED", null}};
    int number = 1;
    for (String[] row : rows) {
      Instant submitted = now.minus(Duration.ofDays(Long.parseLong(row[2])));
      Instant decided = submitted.plus(Duration.ofHours(Long.parseLong(row[3])));
      jdbc.update("insert into user_id_request (reference, request_type, status, pdn, dealership_name, first_name, "
              + "last_name, email, business_phone, user_id, applications, submitted_at, email_verified_at, "
              + "sla_due_at, decided_at, decided_by, decision, denial_code, sla_breached, version) values "
              + "(?, ?, ?, '10001', ?, 'Demo', 'History', 'history@demo.example', '555-010-0199', ?, '', ?, ?, ?, ?, "
              + "'agent', ?, ?, ?, 0)",
          String.format("R-DEMO-%04d", number), row[0], "APPROVED".equals(row[4]) ? "COMPLETED" : "DENIED", row[1],
          "demo.history" + number, Timestamp.from(submitted), Timestamp.from(submitted),
          Timestamp.from(submitted.plus(Duration.ofDays(1))), Timestamp.from(decided), row[4], row[5],
          decided.isAfter(submitted.plus(Duration.ofDays(1))));
      number++;
    }
  }

  private NewAccount account(String userId, String firstName, String lastName, String email, DealerRole role,
      List<String> applications) {
    List<SecurityAnswer> answers = List.of(
        new SecurityAnswer(SecurityQuestion.FIRST_PET, secrets.hashAnswer("rex")),
        new SecurityAnswer(SecurityQuestion.BIRTH_CITY, secrets.hashAnswer("springfield")),
        new SecurityAnswer(SecurityQuestion.FIRST_CAR, secrets.hashAnswer("ford")));
    return new NewAccount(userId, "10001", firstName, lastName, email, "555-010-0101", role.name(),
        secrets.hashPassword(DEMO_PASSWORD), answers, applications, null);
  }
}
