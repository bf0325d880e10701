package io.interviewcalibration.analysis;

import io.interviewcalibration.analysis.UnitLayout.UnitStates;
import io.interviewcalibration.stats.agreement.AlphaMetric;
import io.interviewcalibration.stats.agreement.CategoryCounts;
import io.interviewcalibration.stats.agreement.CrossedSums;
import io.interviewcalibration.stats.agreement.CrossedVarianceComponents;
import io.interviewcalibration.stats.agreement.DecisionStudy;
import io.interviewcalibration.stats.agreement.FleissKappa;
import io.interviewcalibration.stats.agreement.GwetAc;
import io.interviewcalibration.stats.agreement.KrippendorffAlpha;
import io.interviewcalibration.stats.agreement.OneWayIcc;
import io.interviewcalibration.stats.agreement.PercentAgreement;
import io.interviewcalibration.stats.agreement.TwoWayAnova;
import io.interviewcalibration.stats.agreement.TwoWayIcc;
import io.interviewcalibration.stats.agreement.UndefinedReason;
import io.interviewcalibration.stats.agreement.Weighting;
import java.util.ArrayList;
import java.util.List;

/**
 * The statistics of one scope from its summed states: the same function for the point estimate
 * and for every bootstrap replicate.
 *
 * <p>Metrics, in this order, where the scope's values allow them: {@code alpha_interval},
 * {@code alpha_ordinal}, {@code alpha_nominal} (Krippendorff; interval alpha only for
 * composites), {@code icc1}, {@code icc1k} (one-way, k = n<sub>0</sub>), {@code ac1},
 * {@code ac2_linear}, {@code ac2_quadratic}, {@code ac2_ordinal}, {@code fleiss_kappa},
 * {@code percent_agreement} (categorical values), {@code ac1_hire_split},
 * {@code percent_agreement_hire_split} (recommendations), and where interviewers are tracked
 * {@code var_candidate}, {@code var_interviewer}, {@code var_residual} (Henderson Method I,
 * truncated at 0), {@code dstudy_panel_for_target}, {@code dstudy_reliability_k1} …
 * {@code _k8}, {@code icc2_1}, {@code icc2_k}, {@code icc3_1}, {@code icc3_k} (only on a fully
 * crossed design).
 */
final class ScopeMetrics {
  private ScopeMetrics() {}

  /**
   * One statistic.
   *
   * @param metric metric name
   * @param value value, or NaN
   * @param note why it is NaN (an UndefinedReason code or {@code more_than_8}), or
   *     {@code truncated_at_zero} for a negative variance component set to 0, else empty
   */
  record Estimate(String metric, double value, String note) {
    static Estimate of(String metric, double value, UndefinedReason reason) {
      return new Estimate(metric, value, Double.isNaN(value) && reason != null ? reason.code() : "");
    }
  }

  /**
   * The interviewer side of a scope in one replicate: per interviewer (in id order) the number
   * of ratings, their sum and Σ over units of the squared number of ratings in the unit.
   */
  interface Interviewers {
    int count();

    double ratings(int j);

    double sum(int j);

    double cellSquares(int j);
  }

  /**
   * The statistics of a scope.
   *
   * @param layout the scope's layout
   * @param s the summed states
   * @param interviewers the interviewer side (ignored unless the layout is crossed)
   * @param fullyCrossed whether the design is fully crossed (from {@link #fullyCrossed})
   * @param target the D-study's reliability target
   */
  static List<Estimate> of(UnitLayout layout, UnitStates s, Interviewers interviewers, boolean fullyCrossed,
      double target) {
    List<Estimate> out = new ArrayList<>(32);
    if (layout.categorical()) {
      for (AlphaMetric m : List.of(AlphaMetric.INTERVAL, AlphaMetric.ORDINAL, AlphaMetric.NOMINAL)) {
        KrippendorffAlpha a = KrippendorffAlpha.of(s.coincidence(), m);
        out.add(Estimate.of(m.metricName(), a.value(), a.reason()));
      }
    } else {
      KrippendorffAlpha a = KrippendorffAlpha.of(s.moments());
      out.add(Estimate.of(AlphaMetric.INTERVAL.metricName(), a.value(), a.reason()));
    }
    OneWayIcc icc = OneWayIcc.of(s.oneWay());
    out.add(Estimate.of("icc1", icc.icc1(), icc.reason()));
    out.add(Estimate.of("icc1k", icc.icc1k(), icc.reason()));
    if (layout.categorical()) {
      CategoryCounts c = s.counts();
      GwetAc ac1 = GwetAc.ac1(c);
      out.add(Estimate.of("ac1", ac1.value(), ac1.reason()));
      for (Weighting w : List.of(Weighting.LINEAR, Weighting.QUADRATIC, Weighting.ORDINAL)) {
        GwetAc ac2 = GwetAc.of(c, w);
        out.add(Estimate.of("ac2_" + w.name().toLowerCase(java.util.Locale.ROOT), ac2.value(), ac2.reason()));
      }
      FleissKappa fk = FleissKappa.of(c);
      out.add(Estimate.of("fleiss_kappa", fk.value(), fk.reason()));
      PercentAgreement pa = PercentAgreement.of(c);
      out.add(Estimate.of("percent_agreement", pa.value(), pa.reason()));
    }
    if (layout.hasSplit()) {
      GwetAc ac1 = GwetAc.ac1(s.hireSplit());
      out.add(Estimate.of("ac1_hire_split", ac1.value(), ac1.reason()));
      PercentAgreement pa = PercentAgreement.of(s.hireSplit());
      out.add(Estimate.of("percent_agreement_hire_split", pa.value(), pa.reason()));
    }
    if (layout.crossed()) {
      crossed(s, interviewers, fullyCrossed, target, out);
    }
    return out;
  }

  private static void crossed(UnitStates s, Interviewers iv, boolean fullyCrossed, double target,
      List<Estimate> out) {
    CrossedVarianceComponents vc = CrossedVarianceComponents.of(crossedSums(s.crossedCandidateSide(), iv));
    out.add(component("var_candidate", vc.candidate(), vc.reason()));
    out.add(component("var_interviewer", vc.interviewer(), vc.reason()));
    out.add(component("var_residual", vc.residual(), vc.reason()));
    DecisionStudy d = DecisionStudy.of(vc, target);
    if (!d.defined()) {
      out.add(Estimate.of("dstudy_panel_for_target", Double.NaN, d.reason()));
    } else if (d.smallestPanel().isPresent()) {
      out.add(new Estimate("dstudy_panel_for_target", d.smallestPanel().getAsInt(), ""));
    } else {
      out.add(new Estimate("dstudy_panel_for_target", Double.NaN, "more_than_" + DecisionStudy.MAX_PANEL));
    }
    for (int k = 1; k <= DecisionStudy.MAX_PANEL; k++) {
      out.add(Estimate.of("dstudy_reliability_k" + k, d.reliability(k), d.reason()));
    }
    TwoWayIcc t = TwoWayIcc.of(twoWay(s.twoWayHeader(), iv, fullyCrossed));
    out.add(Estimate.of("icc2_1", t.icc21(), t.reason()));
    out.add(Estimate.of("icc2_k", t.icc2k(), t.reason()));
    out.add(Estimate.of("icc3_1", t.icc31(), t.reason()));
    out.add(Estimate.of("icc3_k", t.icc3k(), t.reason()));
  }

  private static Estimate component(String metric, CrossedVarianceComponents.Component c, UndefinedReason reason) {
    if (Double.isNaN(c.estimate())) {
      return Estimate.of(metric, Double.NaN, reason);
    }
    return new Estimate(metric, c.estimate(), c.truncated() ? "truncated_at_zero" : "");
  }

  /** The crossed sums: the candidate side summed over units, the interviewer side over interviewers. */
  static CrossedSums crossedSums(double[] side, Interviewers iv) {
    double b = 0;
    double tb = 0;
    double k2 = 0;
    double k4 = 0;
    for (int j = 0; j < iv.count(); j++) {
      double n = iv.ratings(j);
      if (n <= 0) {
        continue;
      }
      double y = iv.sum(j);
      b++;
      tb += y * y / n;
      k2 += n * n;
      k4 += iv.cellSquares(j) / n;
    }
    return new CrossedSums(side[0], side[1], side[2], side[3], b, side[4], tb, side[5], k2, side[6], k4, side[7]);
  }

  /**
   * Whether every pairable unit was rated once by each of the scope's interviewers (at least
   * two): then no unit repeats an interviewer and each has all b of them.
   */
  static boolean fullyCrossed(UnitStates s, Interviewers iv) {
    double units = s.twoWayHeader()[0];
    double b = 0;
    for (int j = 0; j < iv.count(); j++) {
      if (iv.ratings(j) > 0) {
        b++;
      }
    }
    double[] check = s.designCheck();
    return b >= 2 && units >= 1 && check[0] == units && check[1] == units * b;
  }

  /**
   * The two-way ANOVA state: targets and totals from the units, column totals from the
   * interviewers (in id order). A design that is not fully crossed is marked incomplete.
   */
  private static TwoWayAnova twoWay(double[] header, Interviewers iv, boolean fullyCrossed) {
    List<Double> columns = new ArrayList<>();
    for (int j = 0; j < iv.count(); j++) {
      if (iv.ratings(j) > 0) {
        columns.add(iv.sum(j));
      }
    }
    int judges = Math.max(1, columns.size());
    double[] v = new double[UnitLayout.TWO_WAY_HEADER + judges];
    System.arraycopy(header, 0, v, 0, UnitLayout.TWO_WAY_HEADER);
    if (!fullyCrossed) {
      v[1] = Math.max(1, header[0]);
    }
    for (int j = 0; j < columns.size(); j++) {
      v[UnitLayout.TWO_WAY_HEADER + j] = columns.get(j);
    }
    return TwoWayAnova.fromVector(v, judges);
  }
}
