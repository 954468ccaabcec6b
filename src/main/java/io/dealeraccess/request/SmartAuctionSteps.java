package io.dealeraccess.request;

/**
 * The names the request processes share with SmartAuction's additional steps (the {@code smartauction} module runs
 * them): the application's code, its enrollment process and the help desk's verification task.
 */
public final class SmartAuctionSteps {

  /** Granted only after its additional steps (the smartauction-enrollment process). */
  public static final String APPLICATION = "SMARTAUCTION";
  public static final String PROCESS = "smartauction-enrollment";
  public static final String VERIFY_TASK = "Task_VerifySmartAuctionEnrollment";

  private SmartAuctionSteps() {}
}
