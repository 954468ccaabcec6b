package io.dealeraccess.signin;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The applications' sign-in clients for access administrators (staff/StaffSecurityConfig): each catalog
 * application's redirect and logout addresses and kind (confidential with a secret, or public with PKCE), a new
 * secret shown once, and the rotation of the signing key. A change applies on every node at once, no redeploy.
 */
@Controller
class SignInClientsController {

  private static final Logger log = LoggerFactory.getLogger(SignInClientsController.class);
  static final String PAGE = "/staff/sign-in-clients";

  private final SignInClients clients;
  private final SigningKeys keys;
  private final SignInEventRepository events;
  private final Clock clock;

  SignInClientsController(SignInClients clients, SigningKeys keys, SignInEventRepository events, Clock clock) {
    this.clients = clients;
    this.keys = keys;
    this.events = events;
    this.clock = clock;
  }

  private void audit(String clientId, Principal staff, String type, String detail) {
    events.save(new SignInEvent(clientId, clock.instant(), staff.getName(), type, detail));
  }

  @GetMapping(PAGE)
  String page(Model model) {
    model.addAttribute("applications", clients.all());
    model.addAttribute("keepPublished", keys.keepPublished().toMinutes());
    model.addAttribute("changes", events.findTop20ByOrderByOccurredAtDescIdDesc());
    return "staff/sign-in-clients";
  }

  @PostMapping(PAGE + "/{clientId}")
  String save(@PathVariable String clientId, HttpServletRequest request,
      @RequestParam(defaultValue = "confidential") String kind, Principal staff, Model model,
      RedirectAttributes next) {
    // one address per line: read as sent (web/TextInput refuses line breaks in every other field), each line
    // then checked as a web address
    String redirectUris = request.getParameter("redirectUris");
    String postLogoutRedirectUris = request.getParameter("postLogoutRedirectUris");
    if (clients.all().stream().noneMatch(app -> app.clientId().equals(clientId))) {
      return "redirect:" + PAGE;
    }
    RedirectAddresses.Parsed redirects = RedirectAddresses.parse(redirectUris, "Redirect addresses", true);
    RedirectAddresses.Parsed logouts = RedirectAddresses.parse(postLogoutRedirectUris, "Addresses after logout",
        false);
    String error = redirects.error() != null ? redirects.error() : logouts.error();
    if (error != null) {
      model.addAttribute("errorFor", clientId);
      model.addAttribute("error", error);
      model.addAttribute("typedRedirectUris", redirectUris);
      model.addAttribute("typedPostLogoutRedirectUris", postLogoutRedirectUris);
      model.addAttribute("typedKind", kind);
      return page(model);
    }
    boolean publicClient = "public".equals(kind);
    clients.register(clientId, redirects.addresses(), logouts.addresses(), publicClient)
        .ifPresent(secret -> next.addFlashAttribute("secret", secret));
    audit(clientId, staff, "CLIENT_SAVED", "Redirect addresses " + redirects.addresses() + "; after logout "
        + logouts.addresses() + "; " + (publicClient ? "public (PKCE only)" : "confidential (client secret)"));
    log.info("{} saved the sign-in client {}", staff.getName(), clientId);
    next.addFlashAttribute("savedFor", clientId);
    return "redirect:" + PAGE + "#client-" + clientId;
  }

  @PostMapping(PAGE + "/{clientId}/secret")
  String newSecret(@PathVariable String clientId, Principal staff, RedirectAttributes next) {
    clients.all().stream().filter(app -> app.clientId().equals(clientId) && app.client().isPresent()
        && !app.publicClient()).findFirst().ifPresent(app -> {
          next.addFlashAttribute("secret", clients.newSecret(clientId));
          next.addFlashAttribute("savedFor", clientId);
          audit(clientId, staff, "NEW_SECRET", "A new client secret; the old one stopped working");
          log.info("{} issued a new secret for the sign-in client {}", staff.getName(), clientId);
        });
    return "redirect:" + PAGE + "#client-" + clientId;
  }

  @PostMapping(PAGE + "/rotate-key")
  String rotateKey(Principal staff, RedirectAttributes next) {
    String kid = keys.rotate();
    audit(null, staff, "KEY_ROTATED", "Key " + kid + " signs from now on; the old keys stay published for "
        + keys.keepPublished().toMinutes() + " minutes");
    log.info("{} rotated the sign-in signing key; {} signs from now on", staff.getName(), kid);
    next.addFlashAttribute("rotated", kid);
    return "redirect:" + PAGE;
  }
}
