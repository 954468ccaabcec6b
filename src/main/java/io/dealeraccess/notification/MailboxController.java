package io.dealeraccess.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The local mailbox: the newest emails the embedded SMTP server received. Exists only when that server runs. */
@Controller
@ConditionalOnProperty(name = "dealeraccess.mail.embedded-server.enabled", havingValue = "true")
class MailboxController {

  private final EmbeddedMailServer server;

  MailboxController(EmbeddedMailServer server) {
    this.server = server;
  }

  @GetMapping("/mailbox")
  String mailbox(Model model) {
    model.addAttribute("messages", server.messages());
    model.addAttribute("keep", server.keep());
    return "mailbox/list";
  }

  /** An email: its HTML part as the dealer sees it (in a sandboxed frame), or its plain text on request. */
  @GetMapping("/mailbox/message")
  String message(@RequestParam(defaultValue = "") String id, @RequestParam(required = false) String view,
      Model model) {
    MailboxEntry entry = found(id);
    model.addAttribute("message", entry);
    model.addAttribute("showHtml", entry.html() != null && !"text".equals(view));
    return "mailbox/message";
  }

  /**
   * The HTML part itself, for the message page's frame: the email's own inline styles and nothing else (no script,
   * no request anywhere, sandboxed), framed only by our page.
   */
  @GetMapping(value = io.dealeraccess.web.PageHeaders.FRAMED_BY_OUR_PAGES, produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> html(@RequestParam(defaultValue = "") String id) {
    MailboxEntry entry = found(id);
    if (entry.html() == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return ResponseEntity.ok().header("Content-Security-Policy", HTML_POLICY)
        .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8)).body(entry.html());
  }

  static final String HTML_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
      + "frame-ancestors 'self'; sandbox allow-popups allow-popups-to-escape-sandbox";

  private MailboxEntry found(String id) {
    MailboxEntry entry = server.message(id);
    if (entry == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return entry;
  }
}
