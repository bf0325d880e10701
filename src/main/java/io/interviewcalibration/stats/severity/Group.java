package io.interviewcalibration.stats.severity;

import java.util.Arrays;

/**
 * The rated scorecards of one candidate in one system of a {@link Design}, with the
 * θ-independent pieces of its contribution to {@link NormalEquations}: the raw cross products
 * Σ<sub>r</sub> w<sub>r</sub>w<sub>r</sub>′ over its ratings and each scorecard's sums S<sub>k</sub>, on the few
 * columns the group touches ("local" columns, in ascending global order).
 */
final class Group {
  final int system;
  final int[] scorecards;
  /** Local → global column. */
  final int[] global;
  final boolean[] unitColumn;
  final int yLocal;
  final double[] raw;
  final int[] m;
  /** Per scorecard: local columns with a non-zero sum, and the sums. */
  final int[][] nz;
  final double[][] sums;
  final int[] unitOf;
  final int width;

  private Group(int system, int[] scorecards, CandidateBlock b, Design d, int k, int q) {
    this.system = system;
    this.scorecards = scorecards;
    int yGlobal = k + q;
    // global columns touched: competencies, units, y
    int[] cols = new int[k + scorecards.length + 1];
    int c = 0;
    boolean[] comp = new boolean[k];
    unitOf = new int[scorecards.length];
    for (int s = 0; s < scorecards.length; s++) {
      int sc = scorecards[s];
      unitOf[s] = d.unit(b, sc);
      cols[c++] = k + unitOf[s];
      for (int r = b.firstRating(sc); r < b.endRating(sc); r++) {
        if (!Double.isNaN(b.rating(r))) {
          comp[b.competency(r)] = true;
        }
      }
    }
    for (int i = 0; i < k; i++) {
      if (comp[i]) {
        cols[c++] = i;
      }
    }
    cols[c++] = yGlobal;
    int[] sorted = Arrays.copyOf(cols, c);
    Arrays.sort(sorted);
    int w = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[w++] = sorted[i];
      }
    }
    global = Arrays.copyOf(sorted, w);
    width = w;
    unitColumn = new boolean[w];
    for (int i = 0; i < w; i++) {
      unitColumn[i] = global[i] >= k && global[i] < yGlobal;
    }
    yLocal = w - 1;
    raw = new double[w * w];
    m = new int[scorecards.length];
    nz = new int[scorecards.length][];
    sums = new double[scorecards.length][];
    for (int s = 0; s < scorecards.length; s++) {
      int sc = scorecards[s];
      int lu = local(k + unitOf[s]);
      int count = 0;
      int[] idx = new int[k + 2];
      double[] val = new double[k + 2];
      double ySum = 0;
      for (int r = b.firstRating(sc); r < b.endRating(sc); r++) {
        double y = b.rating(r);
        if (Double.isNaN(y)) {
          continue;
        }
        int lc = local(b.competency(r));
        raw[lc * w + lc] += 1;
        raw[lc * w + lu] += 1;
        raw[lu * w + lc] += 1;
        raw[lc * w + yLocal] += y;
        raw[yLocal * w + lc] += y;
        raw[lu * w + lu] += 1;
        raw[lu * w + yLocal] += y;
        raw[yLocal * w + lu] += y;
        raw[yLocal * w + yLocal] += y * y;
        int at = -1;
        for (int t = 0; t < count; t++) {
          if (idx[t] == lc) {
            at = t;
          }
        }
        if (at < 0) {
          idx[count] = lc;
          val[count++] = 1;
        } else {
          val[at] += 1;
        }
        ySum += y;
        m[s]++;
      }
      idx[count] = lu;
      val[count++] = m[s];
      idx[count] = yLocal;
      val[count++] = ySum;
      nz[s] = Arrays.copyOf(idx, count);
      sums[s] = Arrays.copyOf(val, count);
    }
  }

  private int local(int globalColumn) {
    return Arrays.binarySearch(global, globalColumn);
  }

  /**
   * The groups of a block under a design: per system, the block's rated scorecards in it (in
   * block order). Systems with no rated scorecard give no group.
   */
  static Group[] of(CandidateBlock b, Design d, int[] unitsPerSystem) {
    int systems = d.systems();
    int[] count = new int[systems];
    int[] systemOf = new int[b.scorecards()];
    int used = 0;
    for (int sc = 0; sc < b.scorecards(); sc++) {
      int s = d.system(b, sc);
      if (s >= 0 && b.rated(sc) == 0) {
        s = -1;
      }
      systemOf[sc] = s;
      if (s >= 0) {
        if (count[s]++ == 0) {
          used++;
        }
      }
    }
    Group[] out = new Group[used];
    int g = 0;
    for (int s = 0; s < systems && g < used; s++) {
      if (count[s] == 0) {
        continue;
      }
      int[] list = new int[count[s]];
      int i = 0;
      for (int sc = 0; sc < b.scorecards(); sc++) {
        if (systemOf[sc] == s) {
          list[i++] = sc;
        }
      }
      out[g++] = new Group(s, list, b, d, d.competencies(), unitsPerSystem[s]);
    }
    return out;
  }

  /**
   * Adds the group's contribution at variance ratios (λ<sub>a</sub>, λ<sub>h</sub>) and unit scale
   * {@code unitScale} (the relative SD t<sub>u</sub> of random units, 1 for fixed units).
   */
  void addTo(NormalEquations ne, double lambdaA, double lambdaH, double unitScale) {
    int w = width;
    double[] mat = raw.clone();
    double[] u = new double[w];
    double alpha = 0;
    double logDet = 0;
    long total = 0;
    for (int s = 0; s < m.length; s++) {
      double d = 1 + m[s] * lambdaH;
      double g = lambdaH / d;
      logDet += Math.log1p(m[s] * lambdaH);
      alpha += m[s] / d;
      total += m[s];
      int[] idx = nz[s];
      double[] val = sums[s];
      for (int x = 0; x < idx.length; x++) {
        double gx = g * val[x];
        int row = idx[x] * w;
        for (int y = 0; y < idx.length; y++) {
          mat[row + idx[y]] -= gx * val[y];
        }
        u[idx[x]] += val[x] / d;
      }
    }
    double f = lambdaA / (1 + lambdaA * alpha);
    logDet += Math.log1p(lambdaA * alpha);
    for (int i = 0; i < w; i++) {
      double si = unitColumn[i] ? unitScale : 1;
      for (int j = i; j < w; j++) {
        double sj = unitColumn[j] ? unitScale : 1;
        ne.add(global[i], global[j], (mat[i * w + j] - f * u[i] * u[j]) * si * sj);
      }
    }
    ne.count(total, logDet);
    int k = ne.competencies();
    for (int i = 0; i < w; i++) {
      if (global[i] < k) {
        ne.countFixed(global[i], Math.round(raw[i * w + i]));
      }
    }
    // per unit: ratings, scorecards, and one group
    for (int i = 0; i < w; i++) {
      if (!unitColumn[i]) {
        continue;
      }
      int unit = global[i] - k;
      long r = 0;
      long sc = 0;
      for (int s = 0; s < m.length; s++) {
        if (unitOf[s] == unit) {
          r += m[s];
          sc++;
        }
      }
      ne.countUnit(unit, r, sc, 1);
    }
  }
}
