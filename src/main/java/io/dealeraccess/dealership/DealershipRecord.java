package io.dealeraccess.dealership;

/**
 * A dealership as the lender's master data states it (a line of the file, or a call of the API). An address or phone
 * of {@code null} is not stated (a file without the column, a call without the field): the dealership keeps its own.
 * An empty one ({@code ""}) removes it.
 */
public record DealershipRecord(String pdn, String name, boolean active, String address, String phone) {

  /** What the dealership holds after this record: its own value when the record does not state one. */
  static String after(String stated, String held) {
    return stated == null ? held : stated.isEmpty() ? null : stated;
  }
}
