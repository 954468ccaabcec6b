package io.dealeraccess.notification;

import io.dealeraccess.DealerAccessProperties;
import io.dealeraccess.account.ApplicationCatalog;
import io.dealeraccess.account.DealerRole;
import io.dealeraccess.account.PasswordLinks;
import io.dealeraccess.request.RequestLinks;
import io.dealeraccess.request.RequestHistory;
import io.dealeraccess.request.RequestType;
import io.dealeraccess.request.RequestView;
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
  private final RequestHistory requests;
  private final RequestLinks requestLinks;
  private final PasswordLinks passwordLinks;
  private final ZoneId zone;

  MailModel(DealerAccessProperties properties, ApplicationCatalog catalog, RequestHistory requests,
      RequestLinks requestLinks, PasswordLinks passwordLinks) {
    this.properties = properties;
    this.catalog = catalog;
    this.requests = requests;
    this.requestLinks = requestLinks;
    this.passwordLinks = passwordLinks;
    this.zone = properties.sla().zone();
  }

  /**
   * {@code toOwner}: this copy goes to the user ID's owner at the address on file, and may speak of the account;
   * a requester who is not the owner learns nothing of it beyond what they typed.
   */
  Map<String, Object> forRequest(String template, RequestView request, boolean toOwner) {
    String baseUrl = properties.baseUrl();
    Map<String, Object> model = new HashMap<>();
    model.put("lenderName", properties.lenderName());
    model.put("portalName", properties.portalName());
    model.put("helpDeskPhone", properties.helpDeskPhone());
    model.put("reference", request.reference());
    model.put("requestType", request.requestType().label());
    model.put("requestKind", request.requestType().inSentence());
    model.put("applicantName", request.applicantName());
    model.put("firstName", request.firstName());
    model.put("userId", request.userId());
    model.put("dealershipName", request.dealershipName());
    model.put("pdn", request.pdn());
    model.put("applications", catalog.names(request.applications()));
    model.put("smartAuctionRequested", request.asksForSmartAuction());
    // what an approval adds at once: SmartAuction follows only after its own steps (terms, verification)
    model.put("applicationsNow", catalog.names(request.grantedOnApproval()));
    model.put("denialReason", request.denialDisplay());
    model.put("deactivationReason",
        request.deactivationReason() == null ? null : request.deactivationReason().label());
    model.put("slaDueAt", request.slaDueAt() == null ? null : DUE_FORMAT.format(request.slaDueAt().atZone(zone)));
    model.put("loginUrl", baseUrl + "/login");
    model.put("registerUrl", baseUrl + "/register");
    model.put("requestFormUrl", baseUrl + "/requests/new");
    // where this kind of request is made again: a denied request is re-submitted as a new one of its own kind
    model.put("resubmitUrl", baseUrl + resubmitPath(request.requestType()));
    model.put("addAccessUrl", baseUrl + resubmitPath(RequestType.ADD_APPLICATION_ACCESS));
    model.put("resubmitSignsIn", request.requestType() == RequestType.ADD_APPLICATION_ACCESS
        || request.requestType() == RequestType.CHANGE_ROLE);
    model.put("greetingName", request.firstName());
    model.put("tasklistUrl", baseUrl + io.dealeraccess.staff.CamundaWebapps.TASKLIST);
    model.put("toOwner", toOwner);
    model.put("roleLabel", request.role() == null ? null : DealerRole.labelOf(request.role()));
    model.put("requesterVerified", request.requesterVerified());
    // signed links only in the emails that need them
    switch (template) {
      case "verify-email" -> model.put("verificationLink", requestLinks.verificationLink(request.reference()));
      case "smartauction-terms", "smartauction-reminder" ->
          model.put("termsLink", requestLinks.smartAuctionTermsLink(request.reference()));
      // an approved role change removes what the new role may not hold
      case "role-changed" -> model.put("removedByRole", catalog.names(requests.removedByRoleChange(request.id())));
      case "user-id-reactivated" -> model.put("setPasswordLink", passwordLinks.linkFor(request.userId()));
      case "deactivation-received" -> {
        if (toOwner && !request.requesterVerified()) {
          model.put("confirmLink", requestLinks.deactivationConfirmLink(request.reference()));
        }
      }
      default -> { }
    }
    return model;
  }

  /** The page a dealer starts this kind of request on (the web module's paths). */
  static String resubmitPath(RequestType type) {
    return switch (type) {
      case NEW_USER_ID -> "/register";
      case ADD_APPLICATION_ACCESS -> "/account/applications/request";
      case CHANGE_ROLE -> "/account/profile";
      case REMOVE_APPLICATION_ACCESS -> "/requests/remove";
      case REACTIVATE_USER_ID -> "/requests/reactivate";
      case DEACTIVATE_USER_ID -> "/requests/deactivate";
    };
  }
}
