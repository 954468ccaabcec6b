package io.dealeraccess.web;

import io.dealeraccess.DealerAccessProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Locale;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The lender's logo, favicon and primary colour ({@code dealeraccess.brand.*}), served from our origin: the colour as
 * a small style sheet (the Content-Security-Policy allows no inline style). A colour too light for text on the
 * header stops the start with its contrast, as any other setting out of range.
 */
@Controller
class BrandAssets {

  /** The header's background (app.css): the lightest ground the primary colour is text on. */
  static final String HEADER_BACKGROUND = "#f8f9fb";
  static final double MINIMUM_CONTRAST = 4.5;

  private final byte[] logo;
  private final MediaType logoType;
  private final byte[] favicon;
  private final MediaType faviconType;
  private final String colours;

  BrandAssets(DealerAccessProperties properties) {
    DealerAccessProperties.Brand brand = properties.brand();
    double contrast = contrast(brand.primaryColour(), HEADER_BACKGROUND);
    if (contrast < MINIMUM_CONTRAST) {
      throw new IllegalStateException(String.format(Locale.ROOT, "dealeraccess.brand.primary-colour %s has %.2f:1 "
          + "against the header's %s; links and buttons need %.1f:1 (WCAG AA): choose a darker colour",
          brand.primaryColour(), contrast, HEADER_BACKGROUND, MINIMUM_CONTRAST));
    }
    this.logo = read(brand.logo(), "logo");
    this.logoType = type(brand.logo());
    this.favicon = read(brand.favicon(), "favicon");
    this.faviconType = type(brand.favicon());
    this.colours = colours(brand.primaryColour());
  }

  @GetMapping("/assets/brand/logo")
  ResponseEntity<byte[]> logo() {
    return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1))).contentType(logoType)
        .body(logo);
  }

  @GetMapping({"/assets/brand/favicon", "/favicon.ico"})
  ResponseEntity<byte[]> favicon() {
    return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1))).contentType(faviconType)
        .body(favicon);
  }

  @GetMapping(value = "/assets/brand/colours.css", produces = "text/css")
  ResponseEntity<String> colours() {
    return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
        .contentType(MediaType.valueOf("text/css;charset=UTF-8")).body(colours);
  }

  /** Bootstrap's primary colour, links and the header's rule in the lender's colour; hover and active darker. */
  static String colours(String primary) {
    int[] rgb = rgb(primary);
    String dark = hex(darker(rgb, 0.15));
    String darkest = hex(darker(rgb, 0.25));
    String channels = rgb[0] + ", " + rgb[1] + ", " + rgb[2];
    return ":root {\n  --bs-primary: " + primary + ";\n  --bs-primary-rgb: " + channels + ";\n"
        + "  --bs-link-color: " + primary + ";\n  --bs-link-color-rgb: " + channels + ";\n"
        + "  --bs-link-hover-color: " + dark + ";\n  --brand-primary: " + primary + ";\n}\n"
        + ".btn-primary {\n  --bs-btn-bg: " + primary + ";\n  --bs-btn-border-color: " + primary + ";\n"
        + "  --bs-btn-hover-bg: " + dark + ";\n  --bs-btn-hover-border-color: " + dark + ";\n"
        + "  --bs-btn-active-bg: " + darkest + ";\n  --bs-btn-active-border-color: " + darkest + ";\n"
        + "  --bs-btn-disabled-bg: " + primary + ";\n  --bs-btn-disabled-border-color: " + primary + ";\n}\n"
        + ".btn-outline-primary {\n  --bs-btn-color: " + primary + ";\n  --bs-btn-border-color: " + primary + ";\n"
        + "  --bs-btn-hover-bg: " + primary + ";\n  --bs-btn-hover-border-color: " + primary + ";\n"
        + "  --bs-btn-active-bg: " + dark + ";\n}\n"
        + ".site-header { border-top: 4px solid " + primary + "; }\n"
        + ".site-header .nav-link, .site-header .navbar-brand { color: " + primary + "; }\n";
  }

  /** The WCAG 2.1 contrast ratio of two colours like #1f4e79. */
  static double contrast(String first, String second) {
    double a = luminance(rgb(first));
    double b = luminance(rgb(second));
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  private static double luminance(int[] rgb) {
    double[] linear = new double[3];
    for (int i = 0; i < 3; i++) {
      double c = rgb[i] / 255.0;
      linear[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
  }

  private static int[] rgb(String colour) {
    int value = Integer.parseInt(colour.substring(1), 16);
    return new int[] {value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff};
  }

  private static int[] darker(int[] rgb, double by) {
    return new int[] {(int) (rgb[0] * (1 - by)), (int) (rgb[1] * (1 - by)), (int) (rgb[2] * (1 - by))};
  }

  private static String hex(int[] rgb) {
    return String.format(Locale.ROOT, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
  }

  private static byte[] read(Resource resource, String what) {
    try (var in = resource.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("dealeraccess.brand." + what + " cannot be read: " + resource, e);
    }
  }

  private static MediaType type(Resource resource) {
    return MediaTypeFactory.getMediaType(resource).orElse(MediaType.APPLICATION_OCTET_STREAM);
  }
}
