package io.dealeraccess.notification;

import io.dealeraccess.DealerAccessProperties;
import io.dealeraccess.account.AccountNotice;
import io.dealeraccess.account.AccountService;
import io.dealeraccess.account.AccountView;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends the emails about a user ID once its change is committed, so an email never confirms a change that was rolled
 * back. A failed send is logged; the change itself stands.
 */
@Component
public class AccountMailer {

  private static final Logger log = LoggerFactory.getLogger(AccountMailer.class);

  private final MailService mail;
  private final AccountService accounts;
  private final DealerAccessProperties properties;

  AccountMailer(MailService mail, AccountService accounts, DealerAccessProperties properties) {
    this.mail = mail;
    this.accounts = accounts;
    this.properties = properties;
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void send(AccountNotice notice) {
    try {
      deliver(notice);
    } catch (RuntimeException e) {
      log.error("Could not send {} about user ID {}", notice.template(), notice.userId(), e);
    }
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
    AccountView account = accounts.find(notice.userId()).orElseThrow();
    model.put("lenderName", properties.lenderName());
    model.put("portalName", properties.portalName());
    model.put("helpDeskPhone", properties.helpDeskPhone());
    model.put("userId", account.userId());
    model.put("firstName", account.firstName());
    model.put("loginUrl", properties.baseUrl() + "/login");
    model.put("reactivateUrl", properties.baseUrl() + "/requests/reactivate");
    return model;
  }
}
