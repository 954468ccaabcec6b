package io.dealeraccess.request;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Request metrics for Prometheus (/actuator/prometheus, staff only): requests submitted by type, decisions by
 * outcome, SLA breaches (counted on this node), and the open reviews (read from Camunda at each scrape).
 */
@Component
class RequestMetrics {

  private final MeterRegistry registry;

  RequestMetrics(MeterRegistry registry, RequestProcesses processes) {
    this.registry = registry;
    Gauge.builder("dealeraccess.reviews.open",
            processes::openReviews)
        .description("Review tasks waiting in Tasklist").register(registry);
  }

  void submitted(RequestType type) {
    Counter.builder("dealeraccess.requests.submitted").description("Requests submitted")
        .tag("type", type.name()).register(registry).increment();
  }

  void decided(RequestType type, boolean approved, boolean byChecks) {
    Counter.builder("dealeraccess.decisions").description("Requests decided")
        .tag("type", type.name()).tag("outcome", approved ? "approved" : "denied")
        .tag("by", byChecks ? "automated-checks" : "review").register(registry).increment();
  }

  void slaBreached(RequestType type) {
    Counter.builder("dealeraccess.sla.breaches").description("Reviews that missed their business day")
        .tag("type", type.name()).register(registry).increment();
  }
}
