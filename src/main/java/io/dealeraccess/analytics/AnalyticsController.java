package io.dealeraccess.analytics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dealeraccess.request.RequestType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The analytics page and its CSV export, for analysts (Camunda users in analysts or camunda-admin). */
@Controller
class AnalyticsController {

  private final AnalyticsService analytics;
  private final ObjectMapper json;
  private final java.time.ZoneId zone;
  private final Clock clock;

  AnalyticsController(AnalyticsService analytics, ObjectMapper json,
      io.dealeraccess.DealerAccessProperties properties, Clock clock) {
    this.analytics = analytics;
    this.json = json;
    this.zone = properties.sla().zone();
    this.clock = clock;
  }

  @GetMapping("/staff/analytics")
  String page(@RequestParam(required = false) String type,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model)
      throws JsonProcessingException {
    Range range = Range.of(type, from, to, LocalDate.now(clock.withZone(zone)));
    Figures figures = analytics.figures(range.type(), range.from(), range.to());
    model.addAttribute("figures", figures);
    model.addAttribute("figureRows", FigureRows.of(figures));
    model.addAttribute("range", range);
    model.addAttribute("types", RequestType.values());
    // inside a <script> element: markup characters escaped, so a denial reason typed by a reviewer cannot close it
    model.addAttribute("chartData", json.writeValueAsString(Map.of(
        "volumeByType", figures.volumeByType(), "backlog", figures.openBacklogByAge(),
        "denialReasons", figures.topDenialReasons(), "dealerships", figures.volumeByDealership()))
        .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"));
    return "staff/analytics";
  }

  @GetMapping(value = "/staff/analytics/export.csv", produces = "text/csv")
  ResponseEntity<String> csv(@RequestParam(required = false) String type,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    Range range = Range.of(type, from, to, LocalDate.now(clock.withZone(zone)));
    List<List<String>> rows = analytics.figures(range.type(), range.from(), range.to()).rows();
    String body = "figure,key,value\n" + rows.stream().map(row -> row.stream().map(AnalyticsController::csvField)
        .collect(Collectors.joining(","))).collect(Collectors.joining("\n")) + "\n";
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"dealer-access-figures-" + range.from()
            + "-to-" + range.to() + ".csv\"")
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .body(body);
  }

  /** Quotes a CSV field when needed; a leading formula character is neutralised for spreadsheets. */
  static String csvField(String value) {
    String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?[0-9.]+")
        ? "'" + value : value;
    return safe.matches("[^\",\\n\\r]*") ? safe : "\"" + safe.replace("\"", "\"\"") + "\"";
  }

  /** The chosen type (all when none or unknown) and date range (the last 30 days by default). */
  record Range(RequestType type, LocalDate from, LocalDate to) {

    static Range of(String type, LocalDate from, LocalDate to, LocalDate today) {
      LocalDate end = to == null ? today : to;
      LocalDate start = from == null ? end.minusDays(29) : from;
      if (start.isAfter(end)) {
        start = end;
      }
      RequestType chosen = Arrays.stream(RequestType.values()).filter(value -> value.name().equals(type))
          .findFirst().orElse(null);
      return new Range(chosen, start, end);
    }

    public String typeName() {
      return type == null ? "" : type.name();
    }
  }
}
