package io.dealeraccess.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Requests in review, submitted as dealers do: remove-application-access requests for the demo user ID
 * {@code jordan.active} through the web form (no secrets to hash), each stored with its process, its review task and
 * its SLA timer.
 */
final class RemoveRequests {

  private static final Pattern HIDDEN = Pattern.compile("name=\"(_csrf|submissionKey)\"[^>]*value=\"([^\"]+)\"");

  private RemoveRequests() {}

  /** Submits {@code count} requests with {@code dealers} browsers at a time; returns the seconds it took. */
  static double submit(String url, int count, int dealers) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(dealers);
    long start = System.nanoTime();
    List<Future<?>> all = new ArrayList<>();
    for (int dealer = 0; dealer < dealers; dealer++) {
      int share = count / dealers + (dealer < count % dealers ? 1 : 0);
      all.add(pool.submit(() -> {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
        for (int i = 0; i < share; i++) {
          submitOne(browser, url);
        }
        return null;
      }));
    }
    pool.shutdown();
    for (Future<?> each : all) {
      each.get();
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private static void submitOne(HttpClient browser, String url) throws IOException, InterruptedException {
    String form = browser.send(HttpRequest.newBuilder(URI.create(url + "/requests/remove/details?pdn=10001"))
        .build(), HttpResponse.BodyHandlers.ofString()).body();
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher hidden = HIDDEN.matcher(form);
    while (hidden.find()) {
      fields.put(hidden.group(1), hidden.group(2));
    }
    fields.putAll(Map.of("pdn", "10001", "userId", "jordan.active", "firstName", "Jordan", "lastName", "Active",
        "email", "jordan.active@riverside.example", "businessPhone", "555-123-4567", "applications", "SMARTCASH"));
    String body = fields.entrySet().stream().map(field -> field.getKey() + "="
        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    HttpResponse<String> confirmation = browser.send(HttpRequest.newBuilder(URI.create(url
            + "/requests/remove/details")).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    if (!confirmation.body().contains("id=\"reference\"")) {
      throw new IllegalStateException("no confirmation for a remove-access request: " + confirmation.statusCode()
          + " " + confirmation.uri());
    }
  }
}
