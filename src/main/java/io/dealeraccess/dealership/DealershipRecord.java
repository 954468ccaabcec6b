package io.dealeraccess.dealership;

/** A dealership as the lender's master data states it (a line of the file, or a call of the API). */
public record DealershipRecord(String pdn, String name, boolean active, String address, String phone) {}
