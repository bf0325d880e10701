package io.interviewcalibration.stats.validity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StandardizationTest {
  @Test
  void zScoresHaveMeanZeroAndUnitSampleSd() {
    Planted d = new Planted(200, 4);
    Standardization s = Standardization.of(d.x);
    double[][] z = s.apply(d.x);
    for (int j = 0; j < 4; j++) {
      assertThat(Numeric.mean(Numeric.column(z, j))).isCloseTo(0, within(1e-12));
      assertThat(Numeric.sd(Numeric.column(z, j))).isCloseTo(1, within(1e-12));
    }
    assertThat(s.constantColumns()).isEmpty();
  }

  @Test
  void coefficientConversionsAreInverse() {
    Planted d = new Planted(200, 4);
    Standardization s = Standardization.of(d.x);
    double[] raw = LinearRegression.fit(d.x, d.performance).coefficients();
    double[] std = s.toStandardized(raw);
    double[] back = s.toRaw(std);
    for (int j = 0; j < raw.length; j++) {
      assertThat(back[j]).isCloseTo(raw[j], within(1e-12));
    }
    double[] fromZ = LinearRegression.fit(s.apply(d.x), d.performance).coefficients();
    for (int j = 0; j < raw.length; j++) {
      assertThat(std[j]).isCloseTo(fromZ[j], within(1e-10));
    }
    double[] beta = s.standardizedSlopes(raw, Numeric.sd(d.performance));
    assertThat(beta[0]).isCloseTo(fromZ[1] / Numeric.sd(d.performance), within(1e-12));
  }

  @Test
  void constantColumnIsReported() {
    Standardization s = Standardization.of(new double[][] {{1, 3}, {2, 3}, {3, 3}});
    assertThat(s.constantColumns()).containsExactly(1);
    assertThat(s.apply(new double[][] {{1, 3}})[0][1]).isEqualTo(0.0);
  }
}
