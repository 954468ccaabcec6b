package io.dealeraccess.account;

import java.util.Set;

/**
 * The user ID no longer holds these applications (removed by a request, a role change or a deactivation). Published
 * in the change's transaction, so that the ID's sign-ins to them (refresh tokens) end in it too.
 */
public record ApplicationAccessEnded(String userId, Set<String> applicationCodes) {}
