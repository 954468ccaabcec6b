package io.dealeraccess.notification;

import io.dealeraccess.DealerAccessProperties;
import io.dealeraccess.account.AccountNotice;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Account emails that did not go out yet (SMTP down, a node stopped between commit and send): sent again every
 * minute once they are a minute old, until they go out; their number is the metric
 * {@code dealeraccess_account_emails_pending}, and each retry that fails is logged with the notice.
 */
@Configuration
@EnableAsync
@EnableScheduling
class PendingAccountEmails implements AsyncConfigurer {

  private static final Logger log = LoggerFactory.getLogger(PendingAccountEmails.class);
  static final Duration RETRY_AFTER = Duration.ofMinutes(1);

  private final TaskExecutor executor;

  /**
   * {@code dealeraccess.mail.send-inline}: the tests send on the committing thread, right after the commit, so they
   * read the email as soon as the change is made; the application sends on two threads of its own (a full queue
   * leaves the rest pending, sent by the next retry).
   */
  PendingAccountEmails(DealerAccessProperties properties) {
    if (properties.mail().sendInline()) {
      this.executor = new SyncTaskExecutor();
    } else {
      ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
      pool.setThreadNamePrefix("account-mail-");
      pool.setCorePoolSize(2);
      pool.setMaxPoolSize(2);
      pool.setQueueCapacity(10_000);
      pool.setDaemon(true);
      pool.initialize();
      this.executor = pool;
    }
  }

  @Override
  public TaskExecutor getAsyncExecutor() {
    return executor;
  }

  /** A send that failed is not lost: said so, without the alarm of an unexpected exception. */
  @Override
  public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
    // the notice's template and ID only: its values may hold a link with a token
    return (failure, method, arguments) -> log.warn("Account email not sent now ({}); it is recorded and sent again "
        + "within minutes: {}", failure.toString(), arguments.length > 0 && arguments[0] instanceof AccountNotice notice
            ? notice.template() + " about user ID " + notice.userId() : method.getName());
  }

  @Bean
  MeterBinder pendingAccountEmailsGauge(PendingEmails pending) {
    return registry -> Gauge.builder("dealeraccess.account.emails.pending", pending::count)
        .description("Account emails recorded but not sent yet").register(registry);
  }

  @Bean
  @ConditionalOnProperty(name = "dealeraccess.mail.resend-pending", havingValue = "true", matchIfMissing = true)
  Resender pendingAccountEmailsResender(IncompleteEventPublications incomplete) {
    return new Resender(incomplete);
  }

  /** Every minute: the pending account emails older than a minute, once more. */
  static final class Resender {

    private final IncompleteEventPublications incomplete;

    Resender(IncompleteEventPublications incomplete) {
      this.incomplete = incomplete;
    }

    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    void resend() {
      try {
        incomplete.resubmitIncompletePublicationsOlderThan(RETRY_AFTER);
      } catch (RuntimeException e) {
        log.warn("Pending account emails could not be sent again now; next try in a minute", e);
      }
    }
  }

}
