package io.dealeraccess.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The old portal's file, line by line, against made-up product data: no Spring, no database. */
class LegacyIdFileTest {

  private static final String HEADER =
      "user_id,pdn,first_name,last_name,email,business_phone,role,applications,last_used_at\n";

  /** Dealership 10001 active, 10002 inactive; jdoe01 taken; pat@lake.com has an ID at 10001. */
  private static final Known KNOWN = new Known() {
    @Override
    public boolean isActiveDealership(String pdn) {
      return pdn.equals("10001") || pdn.equals("10003");
    }

    @Override
    public Set<String> applications() {
      return Set.of("SMARTCASH", "FLOORPLAN", "TITLES");
    }

    @Override
    public Set<String> eligibleFor(String role) {
      return Map.of("FINANCE_MANAGER", Set.of("SMARTCASH", "FLOORPLAN"), "TITLE_CLERK", Set.of("TITLES"))
          .getOrDefault(role, Set.of());
    }

    @Override
    public boolean isUserIdTaken(String userId) {
      return userId.equals("jdoe01");
    }

    @Override
    public boolean hasUserIdAtDealership(String email, String pdn) {
      return email.equals("pat@lake.com") && pdn.equals("10001");
    }

    @Override
    public Instant now() {
      return Instant.parse("2027-01-15T12:00:00Z");
    }

    @Override
    public ZoneId zone() {
      return ZoneId.of("America/New_York");
    }
  };

  private static LegacyIdFile.Parsed parse(String lines) {
    return LegacyIdFile.parse(HEADER + lines, KNOWN);
  }

  @Test
  void aCleanLineBecomesAnImportedIdWithTheStoredFormats() {
    LegacyIdFile.Parsed parsed = parse("Alex.Kim,10001,Alex,Kim,Alex@Lake.com,(555) 010-2000,"
        + "Finance & Insurance Manager,smartcash;FLOORPLAN,2026-12-01\n");

    assertThat(parsed.isClean()).isTrue();
    var account = parsed.lines().get(0).account();
    assertThat(account.userId()).isEqualTo("alex.kim");
    assertThat(account.email()).isEqualTo("alex@lake.com");
    assertThat(account.businessPhone()).isEqualTo("555-010-2000");
    assertThat(account.role()).as("the label is accepted too").isEqualTo("FINANCE_MANAGER");
    assertThat(account.applications()).containsExactly("SMARTCASH", "FLOORPLAN");
    assertThat(account.lastUsedAt()).isEqualTo(Instant.parse("2026-12-01T05:00:00Z"));
  }

  @Test
  void anIdNeverUsedHasNoLastUse() {
    // found by the outside tester: the old portal's IDs never logged in to could not be imported
    LegacyIdFile.Parsed parsed = parse("never.used,10001,Nev,Er,never@lake.com,555-010-2000,OWNER,,\n");

    assertThat(parsed.isClean()).as("%s", parsed.lines().get(0).problems()).isTrue();
    assertThat(parsed.lines().get(0).account().lastUsedAt()).isNull();
  }

  @Test
  void everyRuleIsReportedWithTheLineNumber() {
    LegacyIdFile.Parsed parsed = parse("x1,1234,Al3x,Kim,not-an-email,12,CEO,SMARTCASH,yesterday\n"
        + "\n"
        + "jdoe01,10002,Jo,Doe,jo@lake.com,555-010-2001,TITLE_CLERK,SMARTCASH;WIDGETS,2027-02-01T00:00:00Z\n"
        + "pat.lee,10001,Pat,Lee,pat@lake.com,555-010-2002,TITLE_CLERK,TITLES,2026-12-01T10:00:00-05:00\n");

    assertThat(parsed.isClean()).isFalse();
    assertThat(parsed.lines()).extracting(LegacyIdFile.Line::number).containsExactly(2L, 4L, 5L);
    assertThat(parsed.lines().get(0).problems()).hasSize(7).anySatisfy(p -> assertThat(p).startsWith("User ID:"))
        .anySatisfy(p -> assertThat(p).startsWith("PDN: A PDN is exactly five digits"))
        .anySatisfy(p -> assertThat(p).startsWith("First name:"))
        .anySatisfy(p -> assertThat(p).startsWith("Email:"))
        .anySatisfy(p -> assertThat(p).startsWith("Business phone:"))
        .anySatisfy(p -> assertThat(p).startsWith("The role \"CEO\" is not one of"))
        .anySatisfy(p -> assertThat(p).contains("\"yesterday\" is not an ISO-8601"));
    assertThat(parsed.lines().get(1).problems()).containsExactly("User ID jdoe01 is taken already.",
        "PDN 10002 is not an active dealership: import the dealer master file first.",
        "Application SMARTCASH is not open to the role Title Clerk.",
        "Application WIDGETS is not one of the portal's applications.",
        "The last use 2027-02-01T00:00:00Z is in the future.");
    assertThat(parsed.lines().get(2).problems()).containsExactly(
        "pat@lake.com has a user ID at PDN 10001 already: one user ID per person per dealership.");
  }

  @Test
  void eachUserIdAndEachPersonPerPdnOnceInTheFile() {
    LegacyIdFile.Parsed parsed = parse(
        "sam.one,10001,Sam,One,sam@lake.com,555-010-2003,TITLE_CLERK,,2026-12-01\n"
        + "SAM.ONE,10003,Sam,One,sam@other.com,555-010-2003,TITLE_CLERK,,2026-12-01\n"
        + "sam.two,10001,Sam,One,SAM@lake.com,555-010-2003,TITLE_CLERK,,2026-12-01\n"
        + "sam.three,10003,Sam,One,sam@lake.com,555-010-2003,TITLE_CLERK,,2026-12-01\n");

    assertThat(parsed.lines().get(0).problems()).isEmpty();
    assertThat(parsed.lines().get(1).problems())
        .containsExactly("User ID sam.one is on line 2 already: each user ID once.");
    assertThat(parsed.lines().get(2).problems()).containsExactly(
        "sam@lake.com has a user ID at PDN 10001 on line 2 already: one user ID per person per dealership.");
    assertThat(parsed.lines().get(3).problems()).as("the same person at another dealership").isEmpty();
    assertThat(parsed.problemCount()).isEqualTo(2);
  }

  @Test
  void aFileWithoutTheHeaderSaysWhichColumnsAreMissing() {
    LegacyIdFile.Parsed parsed = LegacyIdFile.parse("user_id,pdn\njdoe,10001\n", KNOWN);

    assertThat(parsed.fileProblems()).singleElement().asString()
        .startsWith("The header has no column first_name, last_name, email, business_phone, role, applications, "
            + "last_used_at.");
    assertThat(parsed.isClean()).isFalse();
  }
}
