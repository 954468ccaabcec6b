package io.dealeraccess.notification;

import io.dealeraccess.DealerAccessProperties;
import io.dealeraccess.account.ApplicationCatalog;
import io.dealeraccess.account.DealerRole;
import io.dealeraccess.account.PasswordLinks;
import io.dealeraccess.request.RequestLinks;
import io.dealeraccess.request.RequestService;
import io.dealeraccess.request.UserIdRequest;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What every request email can show: the request, the links it needs, and the lender's (configured) names. */
@Component
class MailModel {

  private static final DateTimeFormatter DUE_FORMAT =
      DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy 'at' h:mm a z", Locale.US);

  private final DealerAccessProperties properties;
  private final ApplicationCatalog catalog;
  private final RequestLinks requestLinks;
  private final PasswordLinks passwordLinks;
  private final ZoneId zone;

  MailModel(DealerAccessProperties properties, ApplicationCatalog catalog, RequestLinks requestLinks,
      PasswordLinks passwordLinks) {
    this.properties = properties;
    this.catalog = catalog;
    this.requestLinks = requestLinks;
    this.passwordLinks = passwordLinks;
    this.zone = properties.sla().zone();
  }

  /**
   * {@code toOwner}: this copy goes to the user ID's owner at the address on file, and may speak of the account;
   * a requester who is not the owner learns nothing of it beyond what they typed.
   */
  Map<String, Object> forRequest(String template, UserIdRequest request, boolean toOwner) {
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
    model.put("smartAuctionRequested", request.getApplications().contains(RequestService.SMARTAUCTION));
    model.put("denialReason", request.getDenialDisplay());
    model.put("deactivationReason",
        request.getDeactivationReason() == null ? null : request.getDeactivationReason().label());
    model.put("slaDueAt", request.getSlaDueAt() == null ? null : DUE_FORMAT.format(request.getSlaDueAt().atZone(zone)));
    model.put("loginUrl", baseUrl + "/login");
    model.put("registerUrl", baseUrl + "/register");
    model.put("requestFormUrl", baseUrl + "/requests/new");
    model.put("tasklistUrl", baseUrl + "/camunda/app/tasklist/");
    model.put("toOwner", toOwner);
    model.put("roleLabel", request.getRole() == null ? null : DealerRole.labelOf(request.getRole()));
    model.put("requesterVerified", request.isRequesterVerified());
    // signed links only in the emails that need them
    switch (template) {
      case "verify-email" -> model.put("verificationLink", requestLinks.verificationLink(request.getReference()));
      case "smartauction-terms", "smartauction-reminder" ->
          model.put("termsLink", requestLinks.smartAuctionTermsLink(request.getReference()));
      case "user-id-reactivated" -> model.put("setPasswordLink", passwordLinks.linkFor(request.getUserId()));
      case "deactivation-received" -> {
        if (toOwner && !request.isRequesterVerified()) {
          model.put("confirmLink", requestLinks.deactivationConfirmLink(request.getReference()));
        }
      }
      default -> { }
    }
    return model;
  }
}
