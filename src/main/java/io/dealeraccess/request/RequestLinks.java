package io.dealeraccess.request;

import io.dealeraccess.SignedLinks;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The signed links in request emails: confirming the email address of a new user ID request, and accepting the
 * SmartAuction terms. Each is single-use through the request's state (the process waits for it only once).
 */
@Component
public class RequestLinks {

  static final String VERIFY_EMAIL = "verify-email";
  static final String SMARTAUCTION_TERMS = "smartauction-terms";
  static final String CONFIRM_DEACTIVATION = "confirm-deactivation";

  private final SignedLinks links;

  RequestLinks(SignedLinks links) {
    this.links = links;
  }

  public String verificationLink(String reference) {
    return links.link("/register/verify", VERIFY_EMAIL, params(reference));
  }

  public String smartAuctionTermsLink(String reference) {
    return links.link("/smartauction/terms", SMARTAUCTION_TERMS, params(reference));
  }

  /** For the owner of a user ID someone else asked to deactivate: confirm, and the ID is locked at once. */
  public String deactivationConfirmLink(String reference) {
    return links.link("/requests/deactivate/confirm", CONFIRM_DEACTIVATION, params(reference));
  }

  boolean isValid(String purpose, String reference, String token) {
    return reference != null && links.isValid(token, purpose, params(reference));
  }

  private static Map<String, String> params(String reference) {
    return SignedLinks.params("ref", reference);
  }
}
