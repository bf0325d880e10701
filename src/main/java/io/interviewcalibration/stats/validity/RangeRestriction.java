package io.interviewcalibration.stats.validity;

/**
 * Corrections of a correlation observed among selected candidates (hires) for range restriction,
 * to estimate the correlation in the applicant pool (here: the candidates who reached a decision).
 *
 * <p><b>Case II, direct restriction</b> (Thorndike 1949; Hunter &amp; Schmidt 2004, eq. 3.16; Sackett &amp;
 * Yang 2000, case 1): selection was made on the predictor x itself. With U = S<sub>x</sub>/s<sub>x</sub>, the
 * unrestricted over the restricted SD of x,
 * <pre>  R = U r / √(1 + (U² − 1) r²).</pre>
 * Used for the current composite, which is the selection variable.
 *
 * <p><b>Case III, indirect restriction</b> (Thorndike 1949; Sackett &amp; Yang 2000, case 3; Hunter &amp;
 * Schmidt 2004 give the same formula): selection was made on a third variable z (the current
 * composite); x is a competency score, y the outcome. With K = S<sub>z</sub>²/s<sub>z</sub>² − 1 and the
 * restricted correlations r<sub>xy</sub>, r<sub>xz</sub>, r<sub>yz</sub>,
 * <pre>  R<sub>xy</sub> = [r<sub>xy</sub> + r<sub>xz</sub> r<sub>yz</sub> K] / √([1 + r<sub>xz</sub>² K][1 + r<sub>yz</sub>² K]).</pre>
 * When x is z itself (r<sub>xz</sub> = 1, r<sub>xy</sub> = r<sub>yz</sub>) Case III reduces to Case II.
 *
 * <p>Inputs: all restricted correlations and s<sub>z</sub> are computed among the selected (hired)
 * candidates; S<sub>z</sub> among all decided candidates. Undefined cases return NaN with a reason:
 * an SD that is not positive and finite ({@link Reason#INVALID_STANDARD_DEVIATION}); a correlation
 * outside [−1, 1], or three restricted correlations that no correlation matrix can hold
 * (determinant &lt; 0) ({@link Reason#INCONSISTENT_CORRELATIONS}); a missing input
 * ({@link Reason#NON_FINITE_INPUT}). Intervals: both corrections are increasing in the observed
 * r<sub>xy</sub> (other inputs fixed), so the interval limits of the observed correlation are corrected
 * with the same formula (Hunter &amp; Schmidt 2004, ch. 3); this treats the SDs and, for Case III,
 * r<sub>xz</sub> and r<sub>yz</sub> as known.
 */
public final class RangeRestriction {
  private RangeRestriction() {
  }

  /** A corrected correlation, or NaN with a reason. */
  public record Corrected(double value, String reason) {
    /** True when the correction was defined. */
    public boolean defined() {
      return reason == null;
    }
  }

  /**
   * Case II (direct restriction on x).
   *
   * @param r              correlation of x and y among the selected
   * @param sdRestricted   SD of x among the selected
   * @param sdUnrestricted SD of x in the unrestricted pool
   */
  public static Corrected caseII(double r, double sdRestricted, double sdUnrestricted) {
    if (Double.isNaN(r)) {
      return new Corrected(Double.NaN, Reason.NON_FINITE_INPUT);
    }
    if (!validSd(sdRestricted) || !validSd(sdUnrestricted)) {
      return new Corrected(Double.NaN, Reason.INVALID_STANDARD_DEVIATION);
    }
    if (Math.abs(r) > 1) {
      return new Corrected(Double.NaN, Reason.INCONSISTENT_CORRELATIONS);
    }
    double u = sdUnrestricted / sdRestricted;
    return new Corrected(clamp(u * r / Math.sqrt(1 + (u * u - 1) * r * r)), null);
  }

  /**
   * Case III (indirect restriction through the selection variable z).
   *
   * @param rXY             correlation of predictor and criterion among the selected
   * @param rXZ             correlation of predictor and selection variable among the selected
   * @param rYZ             correlation of criterion and selection variable among the selected
   * @param sdZRestricted   SD of z among the selected
   * @param sdZUnrestricted SD of z in the unrestricted pool
   */
  public static Corrected caseIII(double rXY, double rXZ, double rYZ, double sdZRestricted, double sdZUnrestricted) {
    if (Double.isNaN(rXY) || Double.isNaN(rXZ) || Double.isNaN(rYZ)) {
      return new Corrected(Double.NaN, Reason.NON_FINITE_INPUT);
    }
    if (!validSd(sdZRestricted) || !validSd(sdZUnrestricted)) {
      return new Corrected(Double.NaN, Reason.INVALID_STANDARD_DEVIATION);
    }
    if (Math.abs(rXY) > 1 || Math.abs(rXZ) > 1 || Math.abs(rYZ) > 1) {
      return new Corrected(Double.NaN, Reason.INCONSISTENT_CORRELATIONS);
    }
    double det = 1 - rXY * rXY - rXZ * rXZ - rYZ * rYZ + 2 * rXY * rXZ * rYZ;
    if (det < -1e-12) {
      return new Corrected(Double.NaN, Reason.INCONSISTENT_CORRELATIONS);
    }
    double k = sdZUnrestricted * sdZUnrestricted / (sdZRestricted * sdZRestricted) - 1;
    double num = rXY + rXZ * rYZ * k;
    double den = Math.sqrt((1 + rXZ * rXZ * k) * (1 + rYZ * rYZ * k));
    return new Corrected(clamp(num / den), null);
  }

  /** Case II applied to an estimate and its interval limits (n and reason kept). */
  public static Estimate caseII(Estimate r, double sdRestricted, double sdUnrestricted) {
    Corrected v = caseII(r.value(), sdRestricted, sdUnrestricted);
    if (!v.defined()) {
      return Estimate.undefined(r.n(), v.reason());
    }
    return new Estimate(v.value(), caseII(r.ciLow(), sdRestricted, sdUnrestricted).value(),
        caseII(r.ciHigh(), sdRestricted, sdUnrestricted).value(), r.n(), r.reason());
  }

  /** Case III applied to an estimate of r<sub>xy</sub> and its interval limits (n and reason kept). */
  public static Estimate caseIII(Estimate rXY, double rXZ, double rYZ, double sdZRestricted, double sdZUnrestricted) {
    Corrected v = caseIII(rXY.value(), rXZ, rYZ, sdZRestricted, sdZUnrestricted);
    if (!v.defined()) {
      return Estimate.undefined(rXY.n(), v.reason());
    }
    return new Estimate(v.value(), limit(rXY.ciLow(), rXZ, rYZ, sdZRestricted, sdZUnrestricted),
        limit(rXY.ciHigh(), rXZ, rYZ, sdZRestricted, sdZUnrestricted), rXY.n(), rXY.reason());
  }

  /** Correction of an interval limit: the formula without the consistency check, which a limit may fail. */
  private static double limit(double r, double rXZ, double rYZ, double sdR, double sdU) {
    if (Double.isNaN(r)) {
      return Double.NaN;
    }
    double k = sdU * sdU / (sdR * sdR) - 1;
    return clamp((r + rXZ * rYZ * k) / Math.sqrt((1 + rXZ * rXZ * k) * (1 + rYZ * rYZ * k)));
  }

  private static boolean validSd(double s) {
    return s > 0 && Double.isFinite(s);
  }

  private static double clamp(double r) {
    return Math.max(-1, Math.min(1, r));
  }
}
