package io.dealeraccess.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;

/** Camunda's REST API of an instance, as one staff user (HTTP Basic), answering JSON. */
final class EngineRest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String url;
  private final String authorization;

  EngineRest(String url, String user, String password) {
    this.url = url;
    this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
  }

  static EngineRest admin(String url) {
    return new EngineRest(url, "admin", "admin");
  }

  JsonNode get(String path) throws IOException, InterruptedException {
    return send("GET", path, null);
  }

  long count(String path) throws IOException, InterruptedException {
    return get(path).get("count").asLong();
  }

  JsonNode post(String path, Object body) throws IOException, InterruptedException {
    return send("POST", path, body);
  }

  JsonNode put(String path, Object body) throws IOException, InterruptedException {
    return send("PUT", path, body);
  }

  /** Sends a request to {@code /engine-rest + path}; a status other than 2xx is an error naming the answer. */
  JsonNode send(String method, String path, Object body) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + "/engine-rest" + path))
        .timeout(Duration.ofMinutes(2)).header("Authorization", authorization).header("Accept", "application/json");
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
          + response.body());
    }
    return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
  }
}
