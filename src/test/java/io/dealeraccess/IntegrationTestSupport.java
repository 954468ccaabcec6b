package io.dealeraccess;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import io.dealeraccess.account.AccountService;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.account.NewAccount;
import io.dealeraccess.account.ReactivationAnswers;
import io.dealeraccess.account.Secrets;
import io.dealeraccess.account.SecurityAnswer;
import io.dealeraccess.account.SecurityQuestion;
import io.dealeraccess.notification.MailText;
import io.dealeraccess.request.Applicant;
import io.dealeraccess.request.RemoveAccessSubmission;
import io.dealeraccess.request.RequestSubmissions;
import io.dealeraccess.request.RequestView;
import io.dealeraccess.request.RequestView;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring context of all engine, process and web tests (same configuration, so it starts once): the real
 * engine on in-memory H2 with the job executor off (tests run jobs themselves), the real web server on a random port,
 * and GreenMail as the SMTP server (the test JVM's one, {@link TestSmtp}, emptied before each test).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
// metrics are exported as in production (Spring Boot's tests switch exporters off by default)
@AutoConfigureObservability(tracing = false)
public abstract class IntegrationTestSupport {


  private static final Pattern VERIFY_LINK = Pattern.compile("https?://\\S+/register/verify\\?ref=[^&\\s]+&token=\\S+");

  protected static final String PASSWORD = "Correct-Horse-Staple-9";

  @LocalServerPort
  protected int port;

  @Autowired
  protected AccountService accounts;
  @Autowired
  protected ReactivationAnswers reactivationAnswers;
  @Autowired
  protected io.dealeraccess.DealerAccessProperties properties;
  @Autowired
  private io.dealeraccess.request.RequestSubmissions requestService;
  @Autowired
  protected Secrets secrets;

  @Autowired
  protected ProcessEngine processEngine;
  @Autowired
  protected RuntimeService runtimeService;
  @Autowired
  protected TaskService taskService;
  @Autowired
  protected ManagementService managementService;

  @BeforeEach
  void initAssertionsAndEmptyTheMailboxes() {
    BpmnAwareTests.init(processEngine);
    TestSmtp.purge();
  }

  /** The password of every staff member a test makes ({@link #staffMember}): it meets Camunda's policy. */
  protected static final String STAFF_PASSWORD = "Lender#Ops!Pass7";
  private final List<String> staffMembers = new ArrayList<>();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @AfterEach
  void noStaffMembers() {
    staffMembers.forEach(processEngine.getIdentityService()::deleteUser);
    staffMembers.clear();
  }

  /** A Camunda user in {@code group} with {@link #STAFF_PASSWORD}, removed after the test. */
  protected String staffMember(String group) {
    org.camunda.bpm.engine.IdentityService identity = processEngine.getIdentityService();
    String id = "acc" + uniqueUserId();
    org.camunda.bpm.engine.identity.User user = identity.newUser(id);
    user.setFirstName("Avery");
    user.setLastName("Admin");
    user.setPassword(STAFF_PASSWORD);
    identity.saveUser(user);
    identity.createMembership(id, group);
    staffMembers.add(id);
    return id;
  }

  protected String baseUrl() {
    return "http://localhost:" + port;
  }

  /** A user ID (and matching email) no other test uses. */
  protected static String uniqueUserId() {
    return "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  protected ProcessInstance instanceOf(String reference) {
    ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
        .singleResult();
    assertThat(instance).as("process instance of %s", reference).isNotNull();
    return instance;
  }

  /** Runs this instance's due jobs (async steps, timers due on Camunda's clock) until none is left. */
  protected void executeJobs(String processInstanceId) {
    for (int round = 0; round < 50; round++) {
      List<Job> jobs = managementService.createJobQuery().processInstanceId(processInstanceId).executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      for (Job job : jobs) {
        managementService.executeJob(job.getId());
      }
    }
    throw new AssertionError("Jobs of " + processInstanceId + " keep coming back");
  }

  /**
   * Mail delivered to {@code address}: what its own inbox holds (a mail to several people is one copy per inbox), so
   * an email sent twice counts twice even with the same Message-ID.
   */
  protected static List<MimeMessage> mailTo(String address) {
    GreenMailUser user = TestSmtp.server().getUserManager().getUserByEmail(address);
    if (user == null) {
      return List.of();
    }
    try {
      return TestSmtp.server().getManagers().getImapHostManager().getInbox(user).getMessages().stream()
          .map(StoredMessage::getMimeMessage).toList();
    } catch (FolderException e) {
      throw new IllegalStateException(e);
    }
  }

  protected static MimeMessage onlyMailTo(String address, String subjectPart) {
    List<MimeMessage> matching = mailTo(address).stream().filter(message -> subject(message).contains(subjectPart))
        .toList();
    assertThat(matching).as("mail to %s about '%s'", address, subjectPart).hasSize(1);
    return matching.get(0);
  }

  protected static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The plain-text part, as the recipient reads it. */
  protected static String body(MimeMessage message) {
    try {
      return MailText.plainText(message);
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The confirmation link of the email to {@code address}, pointed at this test's server (emails carry the
   * configured {@code dealeraccess.base-url}).
   */
  protected String verificationLinkOnThisServer(String address) {
    return onThisServer(verificationLink(address));
  }

  /** An emailed link (made for {@code dealeraccess.base-url}) pointed at this test's server. */
  protected String onThisServer(String link) {
    java.net.URI uri = java.net.URI.create(link);
    return baseUrl() + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
  }

  /** The link to {@code path} in the one email to {@code address} about {@code subjectPart}. */
  protected static String link(String address, String subjectPart, String path) {
    Matcher links = Pattern.compile("https?://\\S+").matcher(body(onlyMailTo(address, subjectPart)));
    while (links.find()) {
      if (path.equals(java.net.URI.create(links.group()).getPath())) {
        return links.group();
      }
    }
    throw new AssertionError("no link to " + path + " in the mail to " + address);
  }

  /** A fresh ACTIVE user ID at PDN 10001 with the given role and applications; its password is {@link #PASSWORD}. */
  protected AccountView account(String role, String... applications) {
    String userId = uniqueUserId();
    return accounts.provision(new NewAccount(userId, "10001", "Robin", "Owner", userId + "@dealer.example",
        "555-222-3333", role, secrets.hashPassword(PASSWORD),
        List.of(new SecurityAnswer(SecurityQuestion.FIRST_PET, secrets.hashAnswer("Rex")),
            new SecurityAnswer(SecurityQuestion.BIRTH_CITY, secrets.hashAnswer("Boston")),
            new SecurityAnswer(SecurityQuestion.FIRST_CAR, secrets.hashAnswer("Ford"))),
        List.of(applications), null));
  }

  /** A request to remove IntelliRater from a fresh account (which holds SmartCash too), waiting in review. */
  protected RequestView removalInReview() {
    AccountView holder = account("OFFICE_MANAGER", "SMARTCASH", "INTELLIRATER");
    RequestView request = requestService.submitRemoveAccess(new RemoveAccessSubmission("10001",
        holder.userId(), new Applicant(holder.firstName(), holder.lastName(), holder.email(), holder.businessPhone(),
            holder.role()), List.of("INTELLIRATER")));
    executeJobs(instanceOf(request.reference()).getId());
    return request;
  }

  /** The confirmation link from the verification email sent to {@code address}. */
  protected static String verificationLink(String address) {
    Matcher matcher = VERIFY_LINK.matcher(body(onlyMailTo(address, "Confirm your email address")));
    assertThat(matcher.find()).as("a confirmation link in the email").isTrue();
    return matcher.group();
  }
}
