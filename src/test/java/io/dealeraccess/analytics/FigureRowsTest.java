package io.dealeraccess.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FigureRowsTest {

  private static Figures figures(Double rate, Map<String, Long> byType) {
    return new Figures(12, 10, 8, rate, rate == null ? null : 5.25, rate == null ? null : 20.0, rate == null ? 0 : 10,
        9, rate == null ? null : 0.9, byType, Map.of(), Map.of(), Map.of());
  }

  @Test
  void theTableSpeaksInWordsPercentagesAndHours() {
    Map<String, Long> byType = new LinkedHashMap<>();
    byType.put("New user ID", 7L);
    List<FigureRows.Row> rows = FigureRows.of(figures(0.8, byType));

    assertThat(rows).contains(new FigureRows.Row("Approval rate", "", "80%"),
        new FigureRows.Row("Median time to decision", "", "5.3 hours"),
        new FigureRows.Row("Decided within one business day", "", "90% (9 of 10)"),
        new FigureRows.Row("Requests by type", "New user ID", "7"),
        new FigureRows.Row("Denials by reason", "", "None in these dates"));
    assertThat(rows).extracting(FigureRows.Row::figure).noneMatch(figure -> figure.contains("_"));
  }

  @Test
  void noDecisionsYetSaysSoInsteadOfADash() {
    List<FigureRows.Row> rows = FigureRows.of(figures(null, Map.of()));

    assertThat(rows).contains(new FigureRows.Row("Approval rate", "", "No decisions yet"),
        new FigureRows.Row("Decided within one business day", "", "No decisions yet"));
  }
}
