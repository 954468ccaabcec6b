package io.dealeraccess;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.List;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * The test JVM's one SMTP server (GreenMail), on a port that was free when it started, so two test runs on one
 * machine (a local run beside CI) do not fight over a fixed port. Every Spring test context sends its mail here: this
 * factory, listed in {@code META-INF/spring.factories}, sets {@code spring.mail.port} in each of them. It runs until
 * the JVM ends; tests empty it with {@link #purge()}. A test may take it down and up again ({@link #down()},
 * {@link #up()}): it comes back on the same port, which the contexts keep.
 */
public final class TestSmtp implements ContextCustomizerFactory {

  private static GreenMail server;

  /** The running server, started on first use. */
  public static synchronized GreenMail server() {
    if (server == null) {
      // port 0: GreenMail binds a free port itself, so nothing can take it between a probe and the bind
      GreenMail started = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
      started.start();
      port = started.getSmtp().getPort();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(), "test-smtp-stop"));
      server = started;
    }
    return server;
  }

  /** The port the server took at its first start, kept across {@link #down()} and {@link #up()}. */
  private static int port;

  /** Stops the server: SMTP is down for the application. */
  public static synchronized void down() {
    server().stop();
  }

  /**
   * SMTP is back, on the port the application contexts send to. (GreenMail's own restart would choose a new port
   * when the first start chose one.)
   */
  public static synchronized void up() {
    server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
  }

  public static int port() {
    server();
    return port;
  }

  /** Deletes every email received so far. */
  public static void purge() {
    try {
      server().purgeEmailFromAllMailboxes();
    } catch (FolderException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public ContextCustomizer createContextCustomizer(Class<?> testClass,
      List<ContextConfigurationAttributes> configAttributes) {
    return new MailPort();
  }

  /** A record, so every context gets an equal customizer and Spring's context cache still shares contexts. */
  private record MailPort() implements ContextCustomizer {

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
      TestPropertyValues.of("spring.mail.port=" + port()).applyTo(context);
    }
  }
}
