package io.interviewcalibration.stats.validity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RangeRestrictionTest {
  /**
   * Case II by hand: r = .30 among hires, SD of the predictor 5 among hires and 10 in the pool,
   * U = 10/5 = 2: R = 2(.30)/√(1 + (4 − 1)(.09)) = .60/√1.27 = .60/1.126943 = .532414.
   */
  @Test
  void caseIIWorkedExample() {
    RangeRestriction.Corrected c = RangeRestriction.caseII(0.30, 5, 10);
    assertThat(c.defined()).isTrue();
    assertThat(c.value()).isCloseTo(0.532414, within(1e-6));
  }

  /**
   * Case III by hand: r_xy = .30, r_xz = .50, r_yz = .40 among hires; SD of the composite z is 5
   * among hires and 10 in the pool, K = 10²/5² − 1 = 3.
   * Numerator .30 + (.50)(.40)(3) = .90; denominator √[(1 + .25·3)(1 + .16·3)] = √(1.75 · 1.48)
   * = √2.59 = 1.609348; R = .90/1.609348 = .559233.
   */
  @Test
  void caseIIIWorkedExample() {
    RangeRestriction.Corrected c = RangeRestriction.caseIII(0.30, 0.50, 0.40, 5, 10);
    assertThat(c.value()).isCloseTo(0.559233, within(1e-6));
  }

  @Test
  void caseIIIOnTheSelectionVariableItselfIsCaseII() {
    for (double r : new double[] {-0.4, 0.1, 0.35, 0.8}) {
      double viaIII = RangeRestriction.caseIII(r, 1, r, 3, 7).value();
      assertThat(viaIII).isCloseTo(RangeRestriction.caseII(r, 3, 7).value(), within(1e-12));
    }
  }

  @Test
  void noRestrictionChangesNothing() {
    assertThat(RangeRestriction.caseII(0.3, 4, 4).value()).isCloseTo(0.3, within(1e-15));
    assertThat(RangeRestriction.caseIII(0.3, 0.2, 0.5, 4, 4).value()).isCloseTo(0.3, within(1e-15));
  }

  @Test
  void undefinedCasesGiveReasons() {
    assertThat(RangeRestriction.caseII(0.3, 0, 4).reason()).isEqualTo(Reason.INVALID_STANDARD_DEVIATION);
    assertThat(RangeRestriction.caseII(0.3, 2, Double.NaN).reason()).isEqualTo(Reason.INVALID_STANDARD_DEVIATION);
    assertThat(RangeRestriction.caseII(Double.NaN, 2, 4).reason()).isEqualTo(Reason.NON_FINITE_INPUT);
    assertThat(RangeRestriction.caseII(1.2, 2, 4).reason()).isEqualTo(Reason.INCONSISTENT_CORRELATIONS);
    // r_xz = r_yz = .9 forces r_xy ≥ .62; r_xy = −.5 is impossible
    assertThat(RangeRestriction.caseIII(-0.5, 0.9, 0.9, 2, 4).reason()).isEqualTo(Reason.INCONSISTENT_CORRELATIONS);
  }

  @Test
  void intervalLimitsAreCorrectedWithTheSameFormula() {
    Estimate r = new Estimate(0.30, 0.10, 0.48, 80, null);
    Estimate c = RangeRestriction.caseII(r, 5, 10);
    assertThat(c.value()).isCloseTo(0.532414, within(1e-6));
    assertThat(c.ciLow()).isCloseTo(RangeRestriction.caseII(0.10, 5, 10).value(), within(1e-15));
    assertThat(c.ciHigh()).isCloseTo(RangeRestriction.caseII(0.48, 5, 10).value(), within(1e-15));
    assertThat(c.n()).isEqualTo(80);
    Estimate c3 = RangeRestriction.caseIII(r, 0.5, 0.4, 5, 10);
    assertThat(c3.ciLow()).isLessThan(c3.value());
    assertThat(c3.ciHigh()).isGreaterThan(c3.value());
  }

  /** Simulated selection on a composite: the corrected correlations land near the pool's. */
  @Test
  void correctionRecoversPoolCorrelationUnderSimulatedSelection() {
    Planted d = new Planted(20000, 21);
    int n = d.x.length;
    double[] z = new double[n];
    double[] x0 = Numeric.column(d.x, 2);
    for (int i = 0; i < n; i++) {
      z[i] = 0.25 * (d.x[i][0] + d.x[i][1] + d.x[i][2] + d.x[i][3]);
    }
    double cut = Numeric.quantile(z.clone(), 0.7);
    java.util.List<Integer> hired = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (z[i] > cut) {
        hired.add(i);
      }
    }
    double[] hz = hired.stream().mapToDouble(i -> z[i]).toArray();
    double[] hx = hired.stream().mapToDouble(i -> x0[i]).toArray();
    double[] hy = hired.stream().mapToDouble(i -> d.performance[i]).toArray();
    double pool = Correlation.r(x0, d.performance);
    double restricted = Correlation.r(hx, hy);
    double corrected = RangeRestriction.caseIII(restricted, Correlation.r(hx, hz), Correlation.r(hy, hz),
        Numeric.sd(hz), Numeric.sd(z)).value();
    assertThat(Math.abs(corrected - pool)).isLessThan(Math.abs(restricted - pool) / 2);
    assertThat(corrected).isCloseTo(pool, within(0.05));
    double compositePool = Correlation.r(z, d.performance);
    double compositeCorrected = RangeRestriction.caseII(Correlation.r(hz, hy), Numeric.sd(hz), Numeric.sd(z)).value();
    assertThat(compositeCorrected).isCloseTo(compositePool, within(0.05));
  }
}
