package io.dealeraccess.notification;

import io.dealeraccess.DealerAccessProperties;
import io.dealeraccess.account.AccountNotice;
import io.dealeraccess.account.AccountService;
import io.dealeraccess.account.AccountView;
import java.util.HashMap;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends the emails about a user ID once its change is committed, so an email never confirms a change that was rolled
 * back. The notice is recorded with the change, in the same transaction (Spring Modulith's event publication
 * registry, table {@code event_publication}), and sent after commit; a send that fails leaves the publication
 * incomplete, and {@link PendingAccountEmails} sends it again later until it goes out. The notice's key keeps it to
 * one email.
 */
@Component
class AccountMailer {

  private final MailService mail;
  private final AccountService accounts;
  private final DealerAccessProperties properties;

  AccountMailer(MailService mail, AccountService accounts, DealerAccessProperties properties) {
    this.mail = mail;
    this.accounts = accounts;
    this.properties = properties;
  }

  /** After the change commits, in a transaction of its own; a failure is thrown, so the publication stays open. */
  @ApplicationModuleListener
  void send(AccountNotice notice) {
    deliver(notice);
  }

  /**
   * Sends now, unless a mail with the notice's key went out before; true when it was sent by this call. Failures
   * are thrown, so a job that sends retries.
   */
  public boolean deliver(AccountNotice notice) {
    return mail.send(notice.key(), null, notice.template(), notice.recipients(), model(notice));
  }

  Map<String, Object> model(AccountNotice notice) {
    Map<String, Object> model = new HashMap<>(notice.values());
    model.put("lenderName", properties.lenderName());
    model.put("portalName", properties.portalName());
    model.put("helpDeskPhone", properties.helpDeskPhone());
    // a notice about no ID (forgot user ID: "this address holds none") greets its reader without a name
    if (notice.userId() != null) {
      AccountView account = accounts.find(notice.userId()).orElseThrow();
      model.put("userId", account.userId());
      model.put("firstName", account.firstName());
    }
    model.put("loginUrl", properties.baseUrl() + "/login");
    model.put("reactivateUrl", properties.baseUrl() + "/requests/reactivate");
    model.put("registerUrl", properties.baseUrl() + "/register");
    model.put("forgotPasswordUrl", properties.baseUrl() + "/forgot-password");
    return model;
  }
}
