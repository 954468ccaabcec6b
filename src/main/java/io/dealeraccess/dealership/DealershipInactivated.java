package io.dealeraccess.dealership;

/** A dealership became inactive (by the master file or the API): its user IDs are to be deactivated. */
public record DealershipInactivated(String pdn, String name, String by) {}
