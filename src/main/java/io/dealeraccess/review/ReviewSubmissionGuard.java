package io.dealeraccess.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dealeraccess.request.RequestService;
import io.dealeraccess.request.RequestVariables;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks a review decision before Camunda's REST API (ours at /engine-rest, and the one Tasklist calls under
 * /camunda/api/engine) completes the task, so a missing decision or a denial without a reason is answered with
 * 400 and the message. The task listener checks again inside the engine for every other caller.
 */
class ReviewSubmissionGuard extends OncePerRequestFilter {

  /** The tasks completed with a decision ({@code approved}, {@code denialReason}). */
  static final Set<String> DECISION_TASKS = Set.of("Task_ReviewRequest", RequestService.VERIFY_SMARTAUCTION_TASK);
  private static final Pattern COMPLETION = Pattern.compile(".*/task/([^/]+)/(complete|submit-form)$");

  private final TaskService tasks;
  private final ObjectMapper json;
  private final FourEyes fourEyes;

  ReviewSubmissionGuard(TaskService tasks, ObjectMapper json, FourEyes fourEyes) {
    this.tasks = tasks;
    this.json = json;
    this.fourEyes = fourEyes;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Matcher completion = COMPLETION.matcher(request.getRequestURI());
    if (!"POST".equals(request.getMethod()) || !completion.matches()) {
      chain.doFilter(request, response);
      return;
    }
    Task task = tasks.createTaskQuery().taskId(completion.group(1)).singleResult();
    if (task == null || !DECISION_TASKS.contains(task.getTaskDefinitionKey())) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readAllBytes();
    try {
      fourEyes.check(fourEyes.currentUser(), tasks.getVariable(task.getId(), RequestVariables.APPLICANT_EMAIL));
      JsonNode variables = body.length == 0 ? null : json.readTree(body).path("variables");
      ReviewDecision.parse(value(variables, RequestVariables.APPROVED),
          value(variables, RequestVariables.DENIAL_CODE), value(variables, RequestVariables.DENIAL_REASON));
    } catch (InvalidReviewException e) {
      reject(response, e.getMessage());
      return;
    } catch (IOException e) {
      reject(response, "The request body is not valid JSON.");
      return;
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  private static Object value(JsonNode variables, String name) {
    if (variables == null) {
      return null;
    }
    JsonNode value = variables.path(name).path("value");
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    return value.isTextual() ? value.textValue() : null;
  }

  private void reject(HttpServletResponse response, String message) throws IOException {
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    json.writeValue(response.getOutputStream(), Map.of("type", "InvalidRequestException", "message", message));
  }

  /** The request with its body, already read, readable once more. */
  private static final class CachedBodyRequest extends HttpServletRequestWrapper {

    private final byte[] body;

    CachedBodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return in.read(buffer, offset, length);
        }
      };
    }

    @Override
    public java.io.BufferedReader getReader() {
      return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
          java.nio.charset.StandardCharsets.UTF_8));
    }
  }
}
