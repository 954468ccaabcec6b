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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
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

  DemoData(DealershipService dealerships, AccountService accounts, Secrets secrets, ProfileService profiles) {
    this.dealerships = dealerships;
    this.accounts = accounts;
    this.secrets = secrets;
    this.profiles = profiles;
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
    if (accounts.find("jordan.active").map(account -> account.helpdeskQuestion() == null).orElse(false)) {
      profiles.changeHelpDeskQuestion("jordan.active", "Name of my first car dealership?", "Lakeside");
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
