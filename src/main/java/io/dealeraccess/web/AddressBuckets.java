package io.dealeraccess.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One Bucket4j bucket per client address: {@code perMinute} tokens, refilled over a minute. In this node's memory. */
final class AddressBuckets {

  private static final int MAX_TRACKED_ADDRESSES = 100_000;

  private final int perMinute;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  AddressBuckets(int perMinute) {
    this.perMinute = perMinute;
  }

  Bucket of(String address) {
    if (buckets.size() > MAX_TRACKED_ADDRESSES) {
      buckets.clear();
    }
    return buckets.computeIfAbsent(address, any -> Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
        .build());
  }

  /** Seconds until the address may try again (at least 1), when its bucket is empty. */
  long secondsToWait(String address) {
    return Math.max(1, Duration.ofNanos(of(address).estimateAbilityToConsume(1).getNanosToWaitForRefill())
        .toSeconds());
  }
}
