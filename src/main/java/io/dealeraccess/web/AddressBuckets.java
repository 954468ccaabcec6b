package io.dealeraccess.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One Bucket4j bucket per client address: {@code perMinute} tokens, refilled over a minute. Shared by every node
 * through the database when {@link RateLimits} has a store, else in this node's memory.
 */
public final class AddressBuckets {

  private static final int MAX_TRACKED_ADDRESSES = 100_000;

  private final String name;
  private final BucketConfiguration configuration;
  private final ProxyManager<String> shared;
  private final Map<String, Bucket> local = new ConcurrentHashMap<>();

  AddressBuckets(String name, int perMinute, ProxyManager<String> shared) {
    this.name = name;
    this.configuration = BucketConfiguration.builder()
        .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
        .build();
    this.shared = shared;
  }

  /** In this node's memory only: for a single node and for tests without a database. */
  AddressBuckets(int perMinute) {
    this("local", perMinute, null);
  }

  public Bucket of(String address) {
    if (shared != null) {
      return shared.builder().build(name + ":" + address, () -> configuration);
    }
    if (local.size() > MAX_TRACKED_ADDRESSES) {
      local.clear();
    }
    return local.computeIfAbsent(address, any -> Bucket.builder().addLimit(configuration.getBandwidths()[0]).build());
  }

  /** Seconds until the address may try again (at least 1), when its bucket is empty. */
  public long secondsToWait(String address) {
    return Math.max(1, Duration.ofNanos(of(address).estimateAbilityToConsume(1).getNanosToWaitForRefill())
        .toSeconds());
  }
}
