package io.dealeraccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Typed configuration: every dealeraccess.* key declared in the records, validated, its default in one place. */
class DealerAccessPropertiesTest {

  @Test
  void theShippedSettingsBindEveryKeyAndPassTheirConstraints() {
    DealerAccessProperties shipped = ShippedProperties.shipped();

    assertThat(shipped.inactivity().batchSize()).isEqualTo(500);
    assertThat(shipped.inactivity().warnAfterDays()).isEqualTo(50);
    assertThat(shipped.inactivity().inactiveAfterDays()).isEqualTo(60);
    assertThat(shipped.inactivity().sweepCron()).isEqualTo("0 0 6 * * ?");
    assertThat(shipped.rateLimit().postsPerMinute()).isEqualTo(20);
    assertThat(shipped.security().bcryptStrength()).isEqualTo(10);
    assertThat(shipped.mail().idleConnections()).isEqualTo(4);
    assertThat(shipped.mail().connectionMaxAge()).isEqualTo(Duration.ofSeconds(60));
    assertThat(shipped.mail().sendInline()).isFalse();
    assertThat(shipped.mail().resendPending()).isTrue();
    assertThat(shipped.mail().embeddedServer().keep()).isEqualTo(500);
    assertThat(shipped.mail().embeddedServer().port()).as("where the application sends").isEqualTo(2525);
  }

  @Test
  void aValueOutOfRangeStopsTheStartWithItsKey() {
    assertThatThrownBy(() -> ShippedProperties.with(Map.of("dealeraccess.inactivity.batch-size", 0)))
        .hasStackTraceContaining("dealeraccess.inactivity.batch-size");
    assertThatThrownBy(() -> ShippedProperties.with(Map.of("dealeraccess.security.bcrypt-strength", 40)))
        .hasStackTraceContaining("dealeraccess.security.bcrypt-strength");
    assertThatThrownBy(() -> ShippedProperties.with(Map.of("dealeraccess.lender-name", " ")))
        .hasStackTraceContaining("dealeraccess.lender-name");
  }

  @Test
  void aKeyTheRecordsDoNotDeclareIsRefused() {
    assertThatThrownBy(() -> ShippedProperties.with(Map.of("dealeraccess.inactivity.batch-sise", 50)))
        .hasStackTraceContaining("dealeraccess.inactivity.batch-sise");
  }

  /** No key is read around the records (a default in code beside the one in YAML, a key nobody declared). */
  @Test
  void noClassReadsADealerAccessKeyWithValue() {
    assertThat(MainSources.matching(text -> text.contains("@Value(\"${dealeraccess."), "src/main/java")).isEmpty();
  }
}
