package io.dealeraccess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A staff member logged in to Camunda Tasklist, calling the API Tasklist itself calls ({@code /camunda/api/engine}),
 * with its session cookie and CSRF token, as the browser does.
 */
public class TasklistSession {

  private final CookieManager cookies = new CookieManager();
  private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
  private final String baseUrl;

  private TasklistSession(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** Logs in through Tasklist's login endpoint; fails the test if the login is refused. */
  public static TasklistSession login(String baseUrl, String user, String password) {
    TasklistSession session = new TasklistSession(baseUrl);
    session.send(HttpRequest.newBuilder(URI.create(baseUrl + "/camunda/app/tasklist/default/")).GET());
    StaffRestClient.Response login = session.send(session.withCsrf("/camunda/api/admin/auth/user/default/login/tasklist")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8))));
    if (login.status() != 200) {
      throw new AssertionError("Tasklist login of " + user + " answered " + login.status() + ": " + login.body());
    }
    // the login starts a new session; its CSRF token comes with the next page, as it does in the browser
    session.send(HttpRequest.newBuilder(URI.create(baseUrl + "/camunda/app/tasklist/default/")).GET());
    return session;
  }

  /** POST to Tasklist's engine API, e.g. {@code task/{id}/submit-form}. */
  public StaffRestClient.Response post(String enginePath, String jsonBody) {
    return send(withCsrf("/camunda/api/engine/engine/default/" + enginePath)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(jsonBody)));
  }

  /** GET from Tasklist's engine API, e.g. {@code task/{id}/form-variables} as Tasklist reads a form's data. */
  public StaffRestClient.Response get(String enginePath) {
    return send(withCsrf("/camunda/api/engine/engine/default/" + enginePath).GET());
  }

  private HttpRequest.Builder withCsrf(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
    cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().ifPresent(token -> builder.header("X-XSRF-TOKEN", token));
    return builder;
  }

  private StaffRestClient.Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new StaffRestClient.Response(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
