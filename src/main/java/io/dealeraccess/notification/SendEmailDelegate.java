package io.dealeraccess.notification;

import io.dealeraccess.request.RequestService;
import io.dealeraccess.request.RequestVariables;
import io.dealeraccess.request.UserIdRequest;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The one mail step of every process. The task's local inputs say what to send: {@code mailTemplate} (a template
 * name) and {@code mailRecipient} ({@code applicant}, or a staff group such as {@code helpdesk-supervisors}).
 */
@Component
class SendEmailDelegate implements JavaDelegate {

  static final String APPLICANT = "applicant";

  private final MailService mail;
  private final MailModel model;
  private final RequestService requests;
  private final IdentityService identity;

  SendEmailDelegate(MailService mail, MailModel model, RequestService requests, IdentityService identity) {
    this.mail = mail;
    this.model = model;
    this.requests = requests;
    this.identity = identity;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String template = Objects.requireNonNull(RequestVariables.mailTemplate(execution),
        "the mail task " + execution.getCurrentActivityId() + " has no mailTemplate input");
    String recipient = Objects.requireNonNullElse(RequestVariables.mailRecipient(execution), APPLICANT);
    UserIdRequest request = requests.get(RequestVariables.requestId(execution));
    List<String> recipients = APPLICANT.equals(recipient) ? List.of(request.getEmail()) : staffEmails(recipient);
    String dedupKey = execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId();
    mail.send(dedupKey, request.getId(), template, recipients, model.forRequest(template, request));
  }

  private List<String> staffEmails(String groupId) {
    return identity.createUserQuery().memberOfGroup(groupId).list().stream()
        .map(User::getEmail)
        .filter(email -> email != null && !email.isBlank())
        .toList();
  }
}
