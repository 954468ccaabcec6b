package io.dealeraccess.notification;

import io.dealeraccess.account.AccountService;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.request.RequestQueries;
import io.dealeraccess.request.RequestVariables;
import io.dealeraccess.request.RequestView;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The one mail step of every process. The task's local inputs say what to send: {@code mailTemplate} (a template
 * name) and {@code mailRecipient}, comma-separated: {@code applicant} (who submitted), {@code owner} (the user ID's
 * holder, at the address on file), or a staff group such as {@code helpdesk-supervisors}.
 */
@Component
class SendEmailDelegate implements JavaDelegate {

  static final String APPLICANT = "applicant";
  static final String OWNER = "owner";

  private final MailService mail;
  private final MailModel model;
  private final RequestQueries requests;
  private final IdentityService identity;
  private final AccountService accounts;

  SendEmailDelegate(MailService mail, MailModel model, RequestQueries requests, IdentityService identity,
      AccountService accounts) {
    this.mail = mail;
    this.model = model;
    this.requests = requests;
    this.identity = identity;
    this.accounts = accounts;
  }

  /**
   * Each recipient gets an email of their own (one email to several people would show each their addresses), at
   * most once: the step's key plus the address. The owner's copy is the one that may speak of the account.
   */
  @Override
  public void execute(DelegateExecution execution) {
    String template = Objects.requireNonNull(RequestVariables.mailTemplate(execution),
        "the mail task " + execution.getCurrentActivityId() + " has no mailTemplate input");
    String recipient = Objects.requireNonNullElse(RequestVariables.mailRecipient(execution), APPLICANT);
    RequestView request = requests.get(requests.idOf(RequestVariables.requestKey(execution)));
    Optional<AccountView> owner = accounts.find(request.userId());
    String ownerEmail = owner.map(AccountView::email).map(email -> email.toLowerCase(Locale.ROOT)).orElse(null);
    List<String> recipients = Arrays.stream(recipient.split(","))
        .map(String::strip)
        .flatMap(who -> switch (who) {
          case APPLICANT -> Stream.of(request.email());
          case OWNER -> Stream.ofNullable(ownerEmail);
          default -> staffEmails(who).stream();
        })
        .map(email -> email.toLowerCase(Locale.ROOT))
        .distinct()
        .toList();
    if (recipients.isEmpty()) {
      throw new IllegalStateException("Mail " + template + " for request " + request.reference()
          + " has no recipient");
    }
    String stepKey = execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId();
    for (String to : recipients) {
      boolean toOwner = to.equals(ownerEmail);
      Map<String, Object> values = model.forRequest(template, request, toOwner);
      // each copy greets its reader: the owner by the name on file, anyone else by the name they typed
      values.put("greetingName", toOwner ? owner.map(AccountView::firstName).orElse(request.firstName())
          : request.firstName());
      // the reason given in this process's own decision (the SmartAuction verification has its own)
      values.put("decisionReason", RequestVariables.denialDisplay(execution));
      mail.send(stepKey + ":" + MailService.shortHash(to), request.id(), template, List.of(to), values);
    }
  }

  private List<String> staffEmails(String groupId) {
    return identity.createUserQuery().memberOfGroup(groupId).list().stream()
        .map(User::getEmail)
        .filter(email -> email != null && !email.isBlank())
        .toList();
  }
}
