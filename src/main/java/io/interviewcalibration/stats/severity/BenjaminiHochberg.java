package io.interviewcalibration.stats.severity;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Benjamini–Hochberg adjusted p-values (q-values): with the m non-missing p-values sorted,
 * p<sub>(1)</sub> ≤ … ≤ p<sub>(m)</sub>, q<sub>(i)</sub> = min<sub>k ≥ i</sub> min(1, m p<sub>(k)</sub>/k).
 * Rejecting every hypothesis with q ≤ α controls the false-discovery rate at α for independent
 * (or positively dependent) tests. Equal to R's {@code p.adjust(p, method = "BH")}.
 *
 * <p>Reference: Benjamini, Y. &amp; Hochberg, Y. (1995). Controlling the false discovery rate: a
 * practical and powerful approach to multiple testing. JRSS B 57(1), 289–300.
 */
public final class BenjaminiHochberg {
  private BenjaminiHochberg() {}

  /**
   * The adjusted p-values, in input order. {@code NaN} entries (tests not made) stay {@code NaN}
   * and do not count in m.
   *
   * @throws IllegalArgumentException if a p-value lies outside [0, 1]
   */
  public static double[] adjust(double[] p) {
    Integer[] order = new Integer[p.length];
    int m = 0;
    for (int i = 0; i < p.length; i++) {
      if (Double.isNaN(p[i])) {
        continue;
      }
      if (p[i] < 0 || p[i] > 1) {
        throw new IllegalArgumentException("p-value outside [0, 1]: " + p[i]);
      }
      order[m++] = i;
    }
    Integer[] idx = Arrays.copyOf(order, m);
    Arrays.sort(idx, Comparator.comparingDouble((Integer i) -> p[i]).thenComparingInt(i -> i));
    double[] q = new double[p.length];
    Arrays.fill(q, Double.NaN);
    double running = 1;
    for (int rank = m; rank >= 1; rank--) {
      int i = idx[rank - 1];
      running = Math.min(running, Math.min(1, p[i] * m / rank));
      q[i] = running;
    }
    return q;
  }
}
