package io.dealeraccess.account;

import java.util.List;
import java.util.Map;

/**
 * An email about a user ID that goes out once the change is committed: a profile confirmation, an email-change link,
 * an inactivity warning. {@code key} makes it go out once, even if asked twice.
 */
public record AccountNotice(String key, String userId, String template, List<String> recipients,
    Map<String, Object> values) {}
