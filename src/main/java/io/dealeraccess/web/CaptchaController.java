package io.dealeraccess.web;

import io.dealeraccess.DealerAccessProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The security code's image. Drawing one costs CPU, so a client address gets
 * {@value #IMAGES_PER_POST} images for each post its rate limit allows a minute (a page view and a few "try a new
 * code"), then 429 until the minute refills.
 */
@Controller
class CaptchaController {

  static final int IMAGES_PER_POST = 3;

  private final Captcha captcha;
  private final AddressBuckets images;

  @org.springframework.beans.factory.annotation.Autowired
  CaptchaController(Captcha captcha, DealerAccessProperties properties, RateLimits limits) {
    this.captcha = captcha;
    this.images = limits.perMinute("captcha-images", imagesPerMinute(properties.rateLimit().postsPerMinute()));
  }

  /** With the images counted in this node's memory (tests without a database). */
  CaptchaController(Captcha captcha, int postsPerMinute) {
    this.captcha = captcha;
    this.images = new AddressBuckets(imagesPerMinute(postsPerMinute));
  }

  /** Three images per post allowed; a limit set very high (a load test) stays the highest an int holds. */
  static int imagesPerMinute(int postsPerMinute) {
    return (int) Math.min(Integer.MAX_VALUE, (long) postsPerMinute * IMAGES_PER_POST);
  }

  @GetMapping(value = "/captcha.png", produces = MediaType.IMAGE_PNG_VALUE)
  ResponseEntity<byte[]> image(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      // the form page that shows the image made the session; a bare request for an image gets none
      return ResponseEntity.notFound().cacheControl(CacheControl.noStore()).build();
    }
    if (!images.of(request.getRemoteAddr()).tryConsume(1)) {
      return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).cacheControl(CacheControl.noStore())
          .header("Retry-After", String.valueOf(images.secondsToWait(request.getRemoteAddr()))).build();
    }
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.IMAGE_PNG)
        .body(captcha.image(session));
  }
}
