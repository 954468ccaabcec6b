package io.dealeraccess.notification;

import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.dealeraccess.DealerAccessProperties;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * For local runs: an SMTP server on {@code spring.mail.port} (loopback only; another port with
 * {@code dealeraccess.mail.embedded-server.port}) that keeps what it receives for the
 * mailbox page. Off with {@code dealeraccess.mail.embedded-server.enabled=false}; then mail goes to a real server.
 *
 * <p>It keeps the newest {@code dealeraccess.mail.embedded-server.keep} emails (500 by default) and deletes older ones
 * every few seconds: an instance left running (or under load) would otherwise hold every email it ever received in
 * memory. An email is known on the page by its Message-ID, which stays the same while newer mail arrives or older mail
 * is deleted (a position in the list would not).
 */
@Component
@ConditionalOnProperty(name = "dealeraccess.mail.embedded-server.enabled", havingValue = "true")
class EmbeddedMailServer implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedMailServer.class);
  private static final Duration PRUNE_EVERY = Duration.ofSeconds(5);

  /** Header of a delivered email: its place in the order of arrival. */
  static final String ARRIVAL = "X-Local-Mailbox-Arrival";

  private final GreenMail greenMail;
  private final int keep;
  private final AtomicLong arrivals = new AtomicLong();
  private ScheduledExecutorService pruner;
  private volatile boolean running;

  EmbeddedMailServer(DealerAccessProperties properties) {
    int port = properties.mail().embeddedServer().port();
    int keep = properties.mail().embeddedServer().keep();
    if (keep < 1) {
      throw new IllegalArgumentException("dealeraccess.mail.embedded-server.keep must be at least 1, not " + keep);
    }
    ServerSetup smtp = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    // port 0: any free port (tests, where several application contexts may run at once)
    this.greenMail = new GreenMail(port == 0 ? smtp.dynamicPort() : smtp);
    this.keep = keep;
  }

  @Override
  public synchronized void start() {
    greenMail.start();
    // received dates have milliseconds only: each delivery gets its place in the order of arrival as well, so that
    // "newest first" and which ones are kept hold for emails received within the same millisecond
    UserManager users = greenMail.getUserManager();
    MessageDeliveryHandler deliver = users.getMessageDeliveryHandler();
    users.setMessageDeliveryHandler((message, address) -> {
      message.getMessage().setHeader(ARRIVAL, Long.toString(arrivals.incrementAndGet()));
      return deliver.handle(message, address);
    });
    pruner = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "mailbox-pruner");
      thread.setDaemon(true);
      return thread;
    });
    pruner.scheduleWithFixedDelay(this::pruneQuietly, PRUNE_EVERY.toMillis(), PRUNE_EVERY.toMillis(),
        TimeUnit.MILLISECONDS);
    running = true;
    log.info("Embedded SMTP server on 127.0.0.1:{}; read the newest {} emails at /mailbox", port(), keep);
  }

  @Override
  public synchronized void stop() {
    pruner.shutdownNow();
    greenMail.stop();
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    // up before anything that sends, down after it
    return Integer.MIN_VALUE + 100;
  }

  /** The port it listens on. */
  int port() {
    return greenMail.getSmtp().getPort();
  }

  int keep() {
    return keep;
  }

  /** How many emails the server holds now (more than {@code keep} only until the next pruning). */
  int count() {
    return stored().size();
  }

  /**
   * Received mail, newest first (at most {@code keep}): one entry per email, though the server stores a copy for each
   * of its recipients.
   */
  List<MailboxEntry> messages() {
    java.util.Set<String> seen = new java.util.HashSet<>();
    return stored().stream().limit(keep).map(Stored::entry)
        .filter(entry -> entry.id() == null || seen.add(entry.id())).toList();
  }

  /** The email with this Message-ID, or null when there is none (never received, or deleted as too old). */
  MailboxEntry message(String id) {
    return stored().stream().filter(stored -> id.equals(MailboxEntry.id(stored.message().getMimeMessage())))
        .findFirst().map(Stored::entry).orElse(null);
  }

  /**
   * Deletes all but the newest {@code keep} emails, then the recipients left with no email (the server makes one for
   * every address it receives mail for; a long run meets thousands); returns how many emails it deleted.
   */
  int prune() throws FolderException {
    List<Stored> newestFirst = stored();
    int deleted = 0;
    if (newestFirst.size() > keep) {
      List<Stored> tooOld = newestFirst.subList(keep, newestFirst.size());
      Set<MailFolder> folders = new HashSet<>();
      for (Stored old : tooOld) {
        old.message().setFlag(Flags.Flag.DELETED, true);
        folders.add(old.folder());
      }
      for (MailFolder folder : folders) {
        folder.expunge();
      }
      deleted = tooOld.size();
    }
    deleteRecipientsWithoutMail();
    return deleted;
  }

  /** How many recipients the server knows now (only those with mail after a pruning). */
  int recipients() {
    return greenMail.getUserManager().listUser().size();
  }

  private void deleteRecipientsWithoutMail() {
    ImapHostManager mailboxes = greenMail.getManagers().getImapHostManager();
    // A copy: deleting changes the server's list. An email arriving for that very address in the same instant (under
    // a millisecond) is refused with an SMTP error, as its inbox is gone: a process's mail job tries again, an email
    // about a user ID logs the failure. A local mailbox accepts that; a real server has no such pruning.
    for (GreenMailUser user : List.copyOf(greenMail.getUserManager().listUser())) {
      try {
        if (mailboxes.getInbox(user).getMessageCount() == 0) {
          greenMail.getUserManager().deleteUser(user);
        }
      } catch (FolderException e) {
        log.debug("Cannot read the local mailbox of {}", user.getEmail(), e);
      }
    }
  }

  private void pruneQuietly() {
    try {
      int deleted = prune();
      if (deleted > 0) {
        log.debug("Deleted the {} oldest emails from the local mailbox", deleted);
      }
    } catch (Exception e) {
      // the next round tries again; a failure here must not stop the pruning
      log.warn("Could not delete old emails from the local mailbox", e);
    }
  }

  /** Every stored email with its folder, newest first. */
  private List<Stored> stored() {
    List<Stored> all = new ArrayList<>();
    ImapHostManager mailboxes = greenMail.getManagers().getImapHostManager();
    for (GreenMailUser user : greenMail.getUserManager().listUser()) {
      try {
        MailFolder inbox = mailboxes.getInbox(user);
        for (StoredMessage message : inbox.getNonDeletedMessages()) {
          all.add(new Stored(inbox, message));
        }
      } catch (FolderException e) {
        log.warn("Cannot read the local mailbox of {}", user.getEmail(), e);
      }
    }
    all.sort(Comparator.comparing((Stored stored) -> stored.message().getReceivedDate())
        .thenComparingLong(EmbeddedMailServer::arrival).reversed());
    return all;
  }

  private static long arrival(Stored stored) {
    try {
      String[] header = stored.message().getMimeMessage().getHeader(ARRIVAL);
      return header == null ? 0 : Long.parseLong(header[0]);
    } catch (MessagingException | NumberFormatException e) {
      return 0;
    }
  }

  private record Stored(MailFolder folder, StoredMessage message) {
    MailboxEntry entry() {
      return MailboxEntry.of(message.getMimeMessage(), message.getReceivedDate().toInstant());
    }
  }
}
