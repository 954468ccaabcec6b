package io.dealeraccess.notification;

import io.dealeraccess.DealerAccessProperties;
import io.dealeraccess.account.ApplicationCatalog;
import io.dealeraccess.request.UserIdRequest;
import io.dealeraccess.request.VerificationLinks;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What every request email can show: the request, the links, and the lender's (configured) names. */
@Component
class MailModel {

  static final String VERIFY_EMAIL_TEMPLATE = "verify-email";
  private static final DateTimeFormatter DUE_FORMAT =
      DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy 'at' h:mm a z", Locale.US);

  private final DealerAccessProperties properties;
  private final ApplicationCatalog catalog;
  private final VerificationLinks verificationLinks;
  private final ZoneId zone;

  MailModel(DealerAccessProperties properties, ApplicationCatalog catalog, VerificationLinks verificationLinks) {
    this.properties = properties;
    this.catalog = catalog;
    this.verificationLinks = verificationLinks;
    this.zone = properties.sla().zone();
  }

  Map<String, Object> forRequest(String template, UserIdRequest request) {
    String baseUrl = properties.baseUrl();
    Map<String, Object> model = new HashMap<>();
    model.put("lenderName", properties.lenderName());
    model.put("portalName", properties.portalName());
    model.put("helpDeskPhone", properties.helpDeskPhone());
    model.put("reference", request.getReference());
    model.put("requestType", request.getRequestType().label());
    model.put("applicantName", request.getApplicantName());
    model.put("firstName", request.getFirstName());
    model.put("userId", request.getUserId());
    model.put("dealershipName", request.getDealershipName());
    model.put("pdn", request.getPdn());
    model.put("applications", catalog.names(request.getApplications()));
    model.put("denialReason", request.getDenialReason());
    model.put("slaDueAt", request.getSlaDueAt() == null ? null : DUE_FORMAT.format(request.getSlaDueAt().atZone(zone)));
    model.put("loginUrl", baseUrl + "/login");
    model.put("registerUrl", baseUrl + "/register");
    model.put("tasklistUrl", baseUrl + "/camunda/app/tasklist/");
    if (VERIFY_EMAIL_TEMPLATE.equals(template)) {
      model.put("verificationLink", verificationLinks.linkFor(request.getReference()));
    }
    return model;
  }
}
