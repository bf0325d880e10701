package io.interviewcalibration.stats.severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Against R 4.2.2 {@code p.adjust(p, "BH")}. */
class BenjaminiHochbergTest {
  @Test
  void matchesRsPAdjust() {
    // p <- c(0.01, 0.04, 0.03, 0.005, 0.2, 0.04, NA, 0.9, 0.0001, 0.5); p.adjust(p, "BH")
    double[] p = {0.01, 0.04, 0.03, 0.005, 0.2, 0.04, Double.NaN, 0.9, 0.0001, 0.5};
    double[] r = {0.03, 0.06, 0.06, 0.0225, 0.25714285714285717299, 0.06, Double.NaN, 0.9, 0.0009, 0.5625};
    double[] q = BenjaminiHochberg.adjust(p);
    for (int i = 0; i < p.length; i++) {
      if (Double.isNaN(r[i])) {
        assertThat(q[i]).isNaN();
      } else {
        assertThat(q[i]).as("q[%d]", i).isCloseTo(r[i], within(1e-15));
      }
    }
  }

  @Test
  void emptyAndOutOfRange() {
    assertThat(BenjaminiHochberg.adjust(new double[0])).isEmpty();
    assertThatThrownBy(() -> BenjaminiHochberg.adjust(new double[] {1.5})).isInstanceOf(IllegalArgumentException.class);
  }
}
