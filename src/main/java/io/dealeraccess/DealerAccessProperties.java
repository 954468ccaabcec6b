package io.dealeraccess;

import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.core.io.Resource;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Everything under {@code dealeraccess.*}. The lender's name is configuration so the product stays white-label.
 */
@ConfigurationProperties(prefix = "dealeraccess")
public record DealerAccessProperties(
    String lenderName,
    String portalName,
    String helpDeskPhone,
    String baseUrl,
    Captcha captcha,
    Mail mail,
    Sla sla,
    DemoData demoData,
    Security security,
    HelpDeskHours helpDeskHours,
    Admin admin) {

  public record Captcha(boolean enabled) {}

  public record Mail(String from, EmbeddedServer embeddedServer) {
    public record EmbeddedServer(boolean enabled) {}
  }

  /** The one-business-day rule: business days in {@code zone}, federal holidays (a Jollyday file), close of business. */
  public record Sla(ZoneId zone, LocalTime closeOfBusiness, Resource holidays) {}

  public record DemoData(boolean enabled) {}

  public record Security(String tokenSecret) {}

  /** The first Camunda administrator (group camunda-admin, every permission), created at the first start. */
  public record Admin(String id, String password, String firstName, String lastName, String email) {}

  /** When the help desk answers the phone, as shown on the Help page; {@code timeZone} names the zone of the times. */
  public record HelpDeskHours(String timeZone, java.util.List<Opening> openings) {
    public record Opening(String days, String hours) {}
  }
}
