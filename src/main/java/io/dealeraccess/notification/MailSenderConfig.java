package io.dealeraccess.notification;

import io.dealeraccess.DealerAccessProperties;
import java.util.Properties;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The mail sender: Spring Boot's {@code spring.mail.*} settings, with SMTP connections kept open between sends. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class MailSenderConfig {

  @Bean
  ReusedSmtpConnections mailSender(MailProperties mail, DealerAccessProperties settings) {
    if (mail.getSsl().isEnabled()) {
      throw new IllegalStateException("spring.mail.ssl is not supported; use STARTTLS "
          + "(spring.mail.properties.mail.smtp.starttls.enable=true)");
    }
    ReusedSmtpConnections sender = new ReusedSmtpConnections(settings.mail().idleConnections(),
        settings.mail().connectionMaxAge());
    sender.setHost(mail.getHost());
    if (mail.getPort() != null) {
      sender.setPort(mail.getPort());
    }
    sender.setUsername(mail.getUsername());
    sender.setPassword(mail.getPassword());
    sender.setProtocol(mail.getProtocol());
    if (mail.getDefaultEncoding() != null) {
      sender.setDefaultEncoding(mail.getDefaultEncoding().name());
    }
    Properties properties = new Properties();
    properties.putAll(mail.getProperties());
    sender.setJavaMailProperties(properties);
    return sender;
  }
}
