package io.interviewcalibration.config;

/**
 * A problem the user can fix: an unreadable input, a missing column, an invalid job definition or
 * bad usage. The command line prints {@link #getMessage()} as one line and exits with code 2.
 */
public class UserError extends RuntimeException {
  public UserError(String message) {
    super(message);
  }

  public UserError(String message, Throwable cause) {
    super(message, cause);
  }
}
