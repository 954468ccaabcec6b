package io.dealeraccess.signin;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The addresses an access administrator types for a client, one per line: where the application receives its
 * code, or returns after logout. Each is checked as the authorization server will compare it (exactly), so a typing
 * error is refused here with its reason instead of breaking the application's sign-in later.
 */
final class RedirectAddresses {

  /** What the database column holds, all addresses together. */
  static final int MAX_TOTAL = 1000;

  private RedirectAddresses() {}

  /** The addresses, or why not. */
  record Parsed(List<String> addresses, String error) {}

  static Parsed parse(String text, String what, boolean required) {
    List<String> addresses = new ArrayList<>();
    for (String line : (text == null ? "" : text).split("\\R")) {
      String address = line.strip();
      if (address.chars().anyMatch(Character::isISOControl)) {
        return new Parsed(List.of(), what + ": one address per line, with no tabs or other control characters.");
      }
      if (address.isEmpty() || addresses.contains(address)) {
        continue;
      }
      String error = problem(address);
      if (error != null) {
        return new Parsed(List.of(), what + ": " + address + " " + error);
      }
      addresses.add(address);
    }
    if (required && addresses.isEmpty()) {
      return new Parsed(List.of(), what + ": enter at least one address.");
    }
    if (String.join(",", addresses).length() > MAX_TOTAL) {
      return new Parsed(List.of(), what + ": at most " + MAX_TOTAL + " characters in all.");
    }
    return new Parsed(List.copyOf(addresses), null);
  }

  private static String problem(String address) {
    URI uri;
    try {
      uri = new URI(address);
    } catch (URISyntaxException e) {
      return "is not a web address.";
    }
    if (!uri.isAbsolute() || uri.getHost() == null) {
      return "is not a full web address (https://...).";
    }
    if (uri.getRawUserInfo() != null) {
      return "may not contain a user name or password.";
    }
    if (uri.getFragment() != null) {
      return "may not contain a # part.";
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    if (host.equals("localhost")) {
      return "names localhost: use 127.0.0.1 (the sign-in accepts no localhost address).";
    }
    boolean loopback = host.equals("127.0.0.1") || host.equals("[::1]");
    if (!"https".equals(uri.getScheme()) && !("http".equals(uri.getScheme()) && loopback)) {
      return "must start with https:// (http:// only on this machine, 127.0.0.1 or [::1]).";
    }
    return null;
  }
}
