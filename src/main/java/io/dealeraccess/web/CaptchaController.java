package io.dealeraccess.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class CaptchaController {

  private final Captcha captcha;

  CaptchaController(Captcha captcha) {
    this.captcha = captcha;
  }

  @GetMapping(value = "/captcha.png", produces = MediaType.IMAGE_PNG_VALUE)
  ResponseEntity<byte[]> image(HttpSession session) {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.IMAGE_PNG)
        .body(captcha.image(session));
  }
}
