package io.dealeraccess.staff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dealeraccess.DealerAccessProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Camunda Tasklist as the lender's help desk meets it, through Camunda's own webapp customisation (the app's
 * {@code scripts/config.js} and {@code styles/user-styles.css}, served here instead of the empty ones in Camunda's
 * jar): the lender's name in the header and the page title, no "migrate to Camunda 8" banner, and no "Start process"
 * or "Create task" for agents, who start nothing (the engine refuses both for staff: {@code DecisionCommandGuard}).
 */
@RestController
class TasklistCustomisation {

  static final String CONFIG = CamundaWebapps.TASKLIST + "scripts/config.js";
  static final String STYLES = CamundaWebapps.TASKLIST + "styles/user-styles.css";

  static final String USER_STYLES = """
      /* Dealer Access Desk: Tasklist for the lender's help desk */
      /* Camunda's end-of-life notice is for Camunda's customers, not for the help desk */
      .ce-eol-banner { display: none !important; }
      /* agents start no process and create no task: the requests come from dealers */
      .start-process-action, .create-task-action { display: none !important; }
      /* a review's dates are the process's (the business-day rule), and its record is the request's history: the
         controls to move them or add a comment only met a refusal (found by the outside tester) */
      [cam-tasklist-task-meta] .followup-date, [cam-tasklist-task-meta] .reset-due-date,
      .task-actions .createCommentLink { display: none !important; }
      [cam-tasklist-task-meta] .due-date { pointer-events: none; }
      /* every review has the same priority: the number on each card said nothing */
      .tasks-list .priority { display: none !important; }
      """;

  private final String config;

  TasklistCustomisation(DealerAccessProperties properties, ObjectMapper json) throws JsonProcessingException {
    Map<String, Object> app = new LinkedHashMap<>();
    app.put("name", "Tasklist");
    app.put("vendor", properties.lenderName());
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("app", app);
    settings.put("disableWelcomeMessage", true);
    settings.put("shortcuts", Map.of(
        "claimTask", Map.of("key", "ctrl+alt+c", "description", "claims the currently selected task"),
        "focusFilter", Map.of("key", "ctrl+shift+f", "description", "set the focus to the first filter in the list"),
        "focusList", Map.of("key", "ctrl+alt+l", "description", "sets the focus to the first task in the list"),
        "focusForm", Map.of("key", "ctrl+alt+f", "description", "sets the focus to the first input field in a task form")));
    // JSON is a JavaScript expression: the lender's name cannot break out of the string
    this.config = "export default " + json.writeValueAsString(settings).replace("<", "\\u003c") + ";\n";
  }

  @GetMapping(value = CONFIG, produces = "text/javascript")
  ResponseEntity<String> config() {
    return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(config);
  }

  @GetMapping(value = STYLES, produces = "text/css")
  ResponseEntity<String> styles() {
    return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(USER_STYLES);
  }
}
