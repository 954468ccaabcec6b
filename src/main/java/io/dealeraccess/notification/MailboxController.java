package io.dealeraccess.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
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

  @GetMapping("/mailbox/message")
  String message(@RequestParam(defaultValue = "") String id, Model model) {
    MailboxEntry entry = server.message(id);
    if (entry == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    model.addAttribute("message", entry);
    return "mailbox/message";
  }
}
