package io.dealeraccess.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.dealeraccess.IntegrationTestSupport;
import io.dealeraccess.request.RequestType;
import io.dealeraccess.web.DealerBrowser;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The analytics against a seeded history (January 2031, which no other test uses) with known answers. */
class AnalyticsIntegrationTests extends IntegrationTestSupport {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final LocalDate FROM = LocalDate.of(2031, 1, 1);
  private static final LocalDate TO = LocalDate.of(2031, 1, 31);
  private static boolean seeded;

  @Autowired
  private AnalyticsService analytics;
  @Autowired
  private JdbcTemplate jdbc;

  private static Timestamp at(String newYorkTime) {
    return newYorkTime == null ? null
        : Timestamp.from(LocalDateTime.parse(newYorkTime).atZone(NEW_YORK).toInstant());
  }

  private void seed(String type, String status, String dealership, String submitted, String slaDue, String decided,
      String decidedBy, String decision, String denialCode) {
    jdbc.update("insert into user_id_request (reference, request_type, status, pdn, dealership_name, first_name, "
            + "last_name, email, business_phone, user_id, applications, submitted_at, email_verified_at, sla_due_at, "
            + "decided_at, decided_by, decision, denial_code, sla_breached, version) values "
            + "(?, ?, ?, '10001', ?, 'Seed', 'Row', 'seed@analytics.example', '555-000-0000', ?, '', ?, ?, ?, ?, ?, ?, "
            + "?, false, 0)",
        "A-" + UUID.randomUUID().toString().substring(0, 8), type, status, dealership,
        "seed" + UUID.randomUUID().toString().substring(0, 6), at(submitted), at(submitted), at(slaDue),
        at(decided), decidedBy, decision, denialCode);
  }

  @BeforeEach
  void seedHistory() {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2031-01-12T12:00").atZone(NEW_YORK).toInstant()));
    if (seeded) {
      return;
    }
    seeded = true;
    // decided by the help desk after 4 h, 26 h (late) and 10 h; one auto-denied; one still open
    seed("NEW_USER_ID", "COMPLETED", "Alpha Motors", "2031-01-05T10:00", "2031-01-06T10:00", "2031-01-05T14:00",
        "agent", "APPROVED", null);
    seed("NEW_USER_ID", "DENIED", "Alpha Motors", "2031-01-06T09:00", "2031-01-07T09:00", "2031-01-07T11:00",
        "agent", "DENIED", "NOT_EMPLOYED");
    seed("NEW_USER_ID", "COMPLETED", "Beta Cars", "2031-01-07T08:00", "2031-01-08T08:00", "2031-01-07T18:00",
        "supervisor", "APPROVED", null);
    seed("NEW_USER_ID", "DENIED", "Beta Cars", "2031-01-08T12:00", null, "2031-01-08T12:05", "system", "DENIED",
        "FAILED_CHECK");
    seed("REMOVE_APPLICATION_ACCESS", "IN_REVIEW", "Alpha Motors", "2031-01-09T09:00", "2031-01-12T09:00", null,
        null, null, null);
  }

  @Test
  void figuresForAllTypesMatchTheSeededHistory() {
    Figures figures = analytics.figures(null, FROM, TO);

    assertThat(figures.volume()).isEqualTo(5);
    assertThat(figures.decided()).isEqualTo(4);
    assertThat(figures.approved()).isEqualTo(2);
    assertThat(figures.approvalRate()).isEqualTo(0.5);
    assertThat(figures.medianHoursToDecision()).isEqualTo(10.0);
    assertThat(figures.p90HoursToDecision()).isEqualTo(26.0);
    assertThat(figures.slaMeasured()).isEqualTo(3);
    assertThat(figures.slaCompliance()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(figures.volumeByType()).containsExactly(Map.entry("New user ID", 4L),
        Map.entry("Remove application access", 1L));
    assertThat(figures.topDenialReasons()).containsExactly(Map.entry("Failed an automated check", 1L),
        Map.entry("Not employed at the dealership", 1L));
    assertThat(figures.volumeByDealership()).containsExactly(Map.entry("Alpha Motors", 3L),
        Map.entry("Beta Cars", 2L));
    assertThat(figures.openBacklogByAge()).containsEntry("2 to 5 days", 1L).containsEntry("less than 1 day", 0L);
  }

  @Test
  void typeAndDateRangeNarrowTheFigures() {
    assertThat(analytics.figures(RequestType.NEW_USER_ID, FROM, TO).volume()).isEqualTo(4);
    Figures twoDays = analytics.figures(null, LocalDate.of(2031, 1, 6), LocalDate.of(2031, 1, 7));
    assertThat(twoDays.volume()).isEqualTo(2);
    assertThat(twoDays.medianHoursToDecision()).isEqualTo(18.0);
    assertThat(analytics.figures(RequestType.DEACTIVATE_USER_ID, FROM, TO).approvalRate()).isNull();
  }

  @Test
  void analystsSeeThePageAndDownloadTheCsvButAgentsDoNot() {
    DealerBrowser analyst = new DealerBrowser(baseUrl());
    analyst.submit(analyst.open("/staff/login"), "form", Map.of("username", "analyst", "password", "analyst"));

    Document page = analyst.open("/staff/analytics?from=2031-01-01&to=2031-01-31");
    assertThat(page.getElementById("volume").text()).isEqualTo("5");
    assertThat(page.getElementById("approval-rate").text()).isEqualTo("50.0%");
    assertThat(page.getElementById("chart-data").data()).contains("Alpha Motors");
    assertThat(page.select("script[src*=chart.umd]")).hasSize(1);

    String csv = analyst.open(page.getElementById("csv").absUrl("href")).text();
    assertThat(csv).contains("figure,key,value").contains("volume,,5").contains("approval_rate,,0.50")
        .contains("volume_by_dealership,Alpha Motors,3");

    DealerBrowser agent = new DealerBrowser(baseUrl());
    agent.submit(agent.open("/staff/login"), "form", Map.of("username", "agent", "password", "agent"));
    agent.open("/staff/analytics");
    assertThat(agent.status()).isEqualTo(403);
  }

  @Test
  void csvFieldsAreQuotedAndFormulasNeutralised() {
    assertThat(AnalyticsController.csvField("Alpha, Inc.")).isEqualTo("\"Alpha, Inc.\"");
    assertThat(AnalyticsController.csvField("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(AnalyticsController.csvField("-1.5")).isEqualTo("-1.5");
  }
}
