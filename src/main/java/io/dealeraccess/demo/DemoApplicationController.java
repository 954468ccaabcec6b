package io.dealeraccess.demo;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import io.dealeraccess.signin.ApplicationSignIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A lender's application as the demo plays it ({@code /demo/smartcash}, ...): an OpenID Connect client (Nimbus's
 * OIDC SDK) that signs a dealer in through the real flow (discovery, authorization code with PKCE, the token
 * endpoint over HTTP, the ID token's signature checked against the JWKS), shows the claims it received, refreshes,
 * and signs out (RP-initiated logout). Demo data only.
 */
@Controller
@ConditionalOnProperty(name = "dealeraccess.demo-data.enabled", havingValue = "true")
class DemoApplicationController {

  private static final String SESSION = "demoApplication.";

  private final DemoApplications applications;
  private final ApplicationSignIn signIn;

  DemoApplicationController(DemoApplications applications, ApplicationSignIn signIn) {
    this.applications = applications;
    this.signIn = signIn;
  }

  /** What the demo application keeps of its sign-in, in the browser's session. */
  record SignedIn(Map<String, String> claims, String idToken, String refreshToken, String message)
      implements Serializable {}

  /** The flow under way: what the callback checks. */
  record Pending(String state, String nonce, String verifier) implements Serializable {}

  @GetMapping("/demo/{clientId}")
  String page(@PathVariable String clientId, HttpServletRequest request, HttpSession session, Model model) {
    String name = applicationName(clientId);
    if (!request.getServerName().equals("127.0.0.1")) {
      return "redirect:" + applications.base() + "/demo/" + clientId;
    }
    model.addAttribute("clientId", clientId);
    model.addAttribute("applicationName", name);
    model.addAttribute("signedIn", session.getAttribute(SESSION + clientId));
    return "demo/application";
  }

  @GetMapping("/demo/{clientId}/start")
  String start(@PathVariable String clientId, HttpSession session) throws IOException, GeneralException {
    applicationName(clientId);
    OIDCProviderMetadata provider = provider();
    Pending pending = new Pending(new State().getValue(), new Nonce().getValue(), new CodeVerifier().getValue());
    session.setAttribute(SESSION + clientId + ".pending", pending);
    URI authorize = new AuthenticationRequest.Builder(ResponseType.CODE, new Scope("openid", "profile", "email"),
        new ClientID(clientId), redirectUri(clientId))
        .endpointURI(provider.getAuthorizationEndpointURI())
        .state(new State(pending.state())).nonce(new Nonce(pending.nonce()))
        .codeChallenge(new CodeVerifier(pending.verifier()), CodeChallengeMethod.S256)
        .build().toURI();
    return "redirect:" + authorize;
  }

  @GetMapping("/demo/{clientId}/callback")
  String callback(@PathVariable String clientId, @RequestParam(required = false) String code,
      @RequestParam(required = false) String state, @RequestParam(required = false) String error,
      HttpSession session) throws Exception {
    applicationName(clientId);
    Pending pending = (Pending) session.getAttribute(SESSION + clientId + ".pending");
    session.removeAttribute(SESSION + clientId + ".pending");
    if (error != null || code == null || pending == null || !pending.state().equals(state)) {
      session.setAttribute(SESSION + clientId, new SignedIn(Map.of(), null, null,
          "The sign-in did not complete" + (error == null ? "." : ": " + error)));
      return "redirect:/demo/" + clientId;
    }
    tokens(clientId, new AuthorizationCodeGrant(new AuthorizationCode(code), redirectUri(clientId),
        new CodeVerifier(pending.verifier())), pending.nonce(), session, "Signed in.");
    return "redirect:/demo/" + clientId;
  }

  @PostMapping("/demo/{clientId}/refresh")
  String refresh(@PathVariable String clientId, HttpSession session) throws Exception {
    applicationName(clientId);
    SignedIn signedIn = (SignedIn) session.getAttribute(SESSION + clientId);
    if (signedIn == null || signedIn.refreshToken() == null) {
      return "redirect:/demo/" + clientId;
    }
    tokens(clientId, new RefreshTokenGrant(new RefreshToken(signedIn.refreshToken())), null, session,
        "The tokens were refreshed.");
    return "redirect:/demo/" + clientId;
  }

  @GetMapping("/demo/{clientId}/sign-out")
  String signOut(@PathVariable String clientId, HttpSession session) throws IOException, GeneralException {
    applicationName(clientId);
    SignedIn signedIn = (SignedIn) session.getAttribute(SESSION + clientId);
    session.removeAttribute(SESSION + clientId);
    if (signedIn == null || signedIn.idToken() == null) {
      return "redirect:/demo/" + clientId;
    }
    return "redirect:" + UriComponentsBuilder.fromUri(provider().getEndSessionEndpointURI())
        .queryParam("id_token_hint", signedIn.idToken())
        .queryParam("post_logout_redirect_uri", applications.base() + "/demo/" + clientId)
        .queryParam("client_id", clientId).build().toUriString();
  }

  /** The token endpoint, over HTTP as any application calls it; the ID token checked against the JWKS. */
  private void tokens(String clientId, AuthorizationGrant grant, String nonce, HttpSession session, String done)
      throws Exception {
    OIDCProviderMetadata provider = provider();
    String secret = applications.secret(clientId).orElseThrow();
    TokenResponse response = OIDCTokenResponseParser.parse(new TokenRequest(provider.getTokenEndpointURI(),
        new ClientSecretBasic(new ClientID(clientId), new Secret(secret)), grant).toHTTPRequest().send());
    if (!response.indicatesSuccess()) {
      var error = response.toErrorResponse().getErrorObject();
      session.setAttribute(SESSION + clientId, new SignedIn(Map.of(), null, null,
          "The authorization server refused: " + error.getCode()
              + (error.getDescription() == null ? "" : " (" + error.getDescription() + ")")
              + ". Sign in again."));
      return;
    }
    OIDCTokenResponse tokens = (OIDCTokenResponse) response.toSuccessResponse();
    JWT idToken = tokens.getOIDCTokens().getIDToken();
    IDTokenValidator validator = new IDTokenValidator(provider.getIssuer(), new ClientID(clientId),
        JWSAlgorithm.RS256, provider.getJWKSetURI().toURL());
    Map<String, String> claims = new LinkedHashMap<>();
    validator.validate(idToken, nonce == null ? null : new Nonce(nonce)).toJSONObject()
        .forEach((claim, value) -> claims.put(claim, String.valueOf(value)));
    RefreshToken refreshToken = tokens.getOIDCTokens().getRefreshToken();
    session.setAttribute(SESSION + clientId, new SignedIn(claims, idToken.serialize(),
        refreshToken == null ? null : refreshToken.getValue(), done + " The ID token's signature was checked "
            + "against the published keys (JWKS)."));
  }

  private OIDCProviderMetadata provider() throws IOException, GeneralException {
    return OIDCProviderMetadata.resolve(new Issuer(applications.base()));
  }

  private URI redirectUri(String clientId) {
    return URI.create(applications.base() + "/demo/" + clientId + "/callback");
  }

  private String applicationName(String clientId) {
    if (applications.secret(clientId).isEmpty()) {
      throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
    }
    return signIn.application(clientId).orElseThrow().getName();
  }
}
