package io.dealeraccess.web;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Where the per-address buckets live. On PostgreSQL (production, a cluster) in the database through Bucket4j's
 * PostgreSQL support: every node counts against the same bucket, so a client behind a load balancer gets one limit,
 * not one per node. On the embedded H2 database (one node, a laptop) in this node's memory: Bucket4j has no H2 store.
 */
@Component
public class RateLimits {

  private static final Logger log = LoggerFactory.getLogger(RateLimits.class);
  private static final int REMOVE_BATCH = 1000;

  private final PostgreSQLSelectForUpdateBasedProxyManager<String> shared;

  RateLimits(DataSource dataSource) {
    this.shared = "PostgreSQL".equals(SessionStore.productName(dataSource)) ? Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
        .primaryKeyMapper(PrimaryKeyMapper.STRING)
        .table("rate_limit_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
        // a bucket is worth keeping only until it is full again
        .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
        .build() : null;
    log.info("Rate limits are counted {}", shared == null ? "in this node's memory" : "in the database, for every node");
  }

  /** {@code perMinute} tokens per client address, refilled over a minute; {@code name} keeps each limit apart. */
  public AddressBuckets perMinute(String name, int perMinute) {
    return new AddressBuckets(name, perMinute, shared);
  }

  /** Removes the buckets that refilled completely, a batch per transaction: the table holds the last minute only. */
  @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
  void removeFullBuckets() {
    if (shared == null) {
      return;
    }
    int removed;
    int total = 0;
    do {
      removed = shared.removeExpired(REMOVE_BATCH);
      total += removed;
    } while (removed == REMOVE_BATCH);
    if (total > 0) {
      log.debug("Removed {} full rate-limit buckets", total);
    }
  }
}
