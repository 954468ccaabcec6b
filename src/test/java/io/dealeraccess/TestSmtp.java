package io.dealeraccess;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
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
 * the JVM ends; tests empty it with {@link #purge()}. A test may stop and start it (SMTP down): it comes back on the
 * same port, which the contexts keep.
 */
public final class TestSmtp implements ContextCustomizerFactory {

  private static GreenMail server;

  /** The running server, started on first use. */
  public static synchronized GreenMail server() {
    if (server == null) {
      GreenMail started = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      started.start();
      Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "test-smtp-stop"));
      server = started;
    }
    return server;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static int port() {
    return server().getSmtp().getPort();
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
