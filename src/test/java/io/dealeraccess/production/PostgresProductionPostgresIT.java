package io.dealeraccess.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.dealeraccess.TestSmtp;
import io.dealeraccess.account.AccountService;
import io.dealeraccess.account.NewAccount;
import io.dealeraccess.dealership.DealerMasterData;
import io.dealeraccess.dealership.Dealership;
import io.dealeraccess.dealership.DealershipService;
import io.dealeraccess.legacy.LegacyUserIds;
import io.dealeraccess.legacy.UserIdImportPreview;
import io.dealeraccess.request.Applicant;
import io.dealeraccess.request.RemoveAccessSubmission;
import io.dealeraccess.request.RequestQueries;
import io.dealeraccess.request.RequestSubmissions;
import io.dealeraccess.request.RequestView;
import io.dealeraccess.request.RequestStatus;
import io.dealeraccess.request.RequestView;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Production mode on the real PostgreSQL server (127.0.0.1:5432): a fresh database, the engine schema from Camunda's
 * Liquibase changelog, the application's tables by Flyway, no demo data. Runs in the Maven profile postgres-it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "DEALERACCESS_DB_URL=" + PostgresProductionPostgresIT.URL, "DEALERACCESS_DB_USER=postgres",
    "DEALERACCESS_ADMIN_PASSWORD=It-Production-Pass-7!", "DEALERACCESS_BASE_URL=http://localhost:8080",
    "DEALERACCESS_SECURITY_TOKEN_SECRET=it-secret",
    "camunda.bpm.job-execution.enabled=false", "dealeraccess.captcha.enabled=false"})
@ActiveProfiles("postgres")
class PostgresProductionPostgresIT {

  static final String DATABASE = "dealeraccess_it";
  static final String URL = "jdbc:postgresql://127.0.0.1:5432/" + DATABASE;

  static {
    PostgresDatabases.recreate(DATABASE);
  }


  @BeforeEach
  void emptyTheMailbox() {
    TestSmtp.purge();
  }

  @Autowired
  private JdbcTemplate jdbc;
  @Autowired
  private RequestSubmissions requests;
  @Autowired
  private RequestQueries requestQueries;
  @Autowired
  private AccountService accounts;
  @Autowired
  private DealershipService dealerships;
  @Autowired
  private RuntimeService runtime;
  @Autowired
  private TaskService tasks;
  @Autowired
  private ManagementService management;
  @Autowired
  private DealerMasterData masterData;
  @Autowired
  private LegacyUserIds legacy;

  @Test
  void theSchemaComesFromCamundasChangelogAndFlywayAndThereIsNoDemoData() {
    assertThat(jdbc.queryForObject("select count(*) from camunda_databasechangelog", Integer.class)).isPositive();
    assertThat(jdbc.queryForList("select version from flyway_schema_history where success order by installed_rank",
        String.class)).contains("0", "1", "5");
    assertThat(jdbc.queryForObject("select count(*) from dealership where pdn between '10001' and '10020'",
        Integer.class)).as("no demo dealerships").isZero();
    assertThat(jdbc.queryForObject("select count(*) from act_id_user where id_ in ('agent', 'analyst')",
        Integer.class)).isZero();
    assertThat(jdbc.queryForList("select version_ from act_ge_schema_log", String.class))
        .as("Camunda's changelog brought the schema up to the engine's version").contains("7.24.0");
  }

  @Test
  void aRequestRunsFromSubmissionToTheChangedAccount() {
    dealerships.saveIfAbsent(new Dealership("20001", "Postgres Motors", true));
    accounts.provision(new NewAccount("pg.owner", "20001", "Pat", "Gres", "pg.owner@dealer.example",
        "555-123-4567", "FINANCE_MANAGER", "{noop}x", List.of(), List.of("SMARTCASH", "INTELLIRATER"), null));
    RequestView request = requests.submitRemoveAccess(new RemoveAccessSubmission("20001", "pg.owner",
        new Applicant("Pat", "Gres", "pg.owner@dealer.example", "555-123-4567", null), List.of("SMARTCASH")));
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(request.reference())
        .singleResult().getId();
    runJobs(instance);

    tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(),
        withVariables("approved", true));
    runJobs(instance);

    assertThat(requestQueries.get(request.id()).status()).isEqualTo(RequestStatus.COMPLETED);
    assertThat(accounts.find("pg.owner").orElseThrow().applicationCodes()).containsExactly("INTELLIRATER");
    assertThat(TestSmtp.server().getReceivedMessages()).hasSizeGreaterThanOrEqualTo(2);
  }

  /**
   * Going live on PostgreSQL, which (unlike H2) refuses writes in a read-only transaction: the master file and the
   * old portal's user IDs previewed and imported through the services the staff pages call.
   */
  @Test
  void theDealerMasterFileAndTheOldPortalsUserIdsArePreviewedAndImported() {
    Long master = masterData.upload("dealers.csv", "pdn,name,active\n20002,Go Live Motors,true\n"
        .getBytes(StandardCharsets.UTF_8), "admin");
    assertThat(masterData.preview(master).orElseThrow().canImport()).isTrue();
    masterData.apply(master, "admin");
    Long ids = legacy.upload("old-portal.csv", ("user_id,pdn,first_name,last_name,email,business_phone,role,"
        + "applications,last_used_at\npg.imported,20002,Ima,Ported,pg.imported@dealer.example,555-123-4567,"
        + "FINANCE_MANAGER,SMARTCASH,2026-10-31\n").getBytes(StandardCharsets.UTF_8), "admin");

    UserIdImportPreview preview = legacy.preview(ids).orElseThrow();

    assertThat(preview.canImport()).as(String.join(" ", preview.rows().get(0).problems())).isTrue();
    legacy.apply(ids, "admin");
    assertThat(accounts.find("pg.imported").orElseThrow().applicationCodes()).containsExactly("SMARTCASH");
  }

  private void runJobs(String processInstanceId) {
    for (int round = 0; round < 20; round++) {
      List<Job> jobs = management.createJobQuery().processInstanceId(processInstanceId).executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> management.executeJob(job.getId()));
    }
  }
}
