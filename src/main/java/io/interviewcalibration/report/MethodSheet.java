package io.interviewcalibration.report;

import io.interviewcalibration.ingest.InputCounts;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The Method sheet: every metric with its formula in words, its reference and its thresholds; the
 * settings of this run; the input files with their row counts and checksums.
 */
final class MethodSheet {
  /** Metric, how it is computed, reference, thresholds. */
  static final List<List<String>> METRICS = List.of(
      List.of("Krippendorff's alpha (nominal, ordinal, interval)",
          "1 − observed / expected disagreement, from the coincidence matrix of the ratings of each candidate ×"
              + " competency (a unit) with at least two ratings; missing ratings allowed.",
          "Krippendorff (2011), Computing Krippendorff's alpha-reliability",
          "≥ .800 reliable, .667–.800 tentative, below .667 unreliable"),
      List.of("ICC(1), ICC(1,k)",
          "One-way random effects from the ANOVA mean squares between and within candidates; k = n0 = (N − Σnᵢ²/N)/(C − 1)"
              + " for unbalanced panels. ICC(2,1), ICC(3,1), ICC(2,k), ICC(3,k) only where the design is fully crossed.",
          "Shrout & Fleiss (1979); McGraw & Wong (1996)", "Koo & Li (2016): < .5 poor, .5–.75 moderate, .75–.9 good"),
      List.of("Gwet's AC1 / AC2, Fleiss' kappa, percent agreement",
          "Chance-corrected agreement with Gwet's chance model (AC1 unweighted, AC2 with linear, quadratic or ordinal"
              + " weights); Fleiss' kappa with marginal chance; share of agreeing rating pairs.",
          "Gwet (2014), Handbook of Inter-Rater Reliability; Fleiss (1971)", "as alpha"),
      List.of("Cohen's kappa per interviewer pair",
          "Linear and quadratic weighted kappa over the candidate × competency units two interviewers both rated.",
          "Cohen (1968)", "pairs with at least the job's minimum shared candidates"),
      List.of("Variance components and D-study",
          "Candidate, interviewer and residual variance per competency; reliability of the mean of k interviewers ="
              + " σ²candidate / (σ²candidate + (σ²interviewer + σ²residual)/k), interviewers nested in candidates.",
          "Brennan (2001), Generalizability Theory", "smallest k reaching the job's reliability target"),
      List.of("Interviewer severity",
          "rating = overall + competency + candidate + scorecard + interviewer + noise, random effects fitted by REML on"
              + " distributed sums; interviewer effects are empirical-Bayes (shrunken) estimates, with the scorecard as"
              + " the unit of the halo. Positive = harsher.",
          "Patterson & Thompson (1971) REML; Bates et al. (2015) lme4", "flag when |severity| ≥ the job's points and the"
              + " 95% interval excludes 0"),
      List.of("Drift",
          "Severity per period on the pooled model's scale; slope over periods and the latest period against the"
              + " interviewer's own baseline, with Benjamini–Hochberg false-discovery control at 5%.",
          "Benjamini & Hochberg (1995)", "as severity"),
      List.of("Validity: r, AUC",
          "Pearson / point-biserial correlation with Fisher-z intervals; AUC (Mann–Whitney) with DeLong standard errors"
              + " on the logit scale; range-restriction corrections (Thorndike case II / III) among hires.",
          "DeLong et al. (1988); Thorndike (1949)", "r ≥ .30 good; AUC ≥ .70 good; interval excluding chance"),
      List.of("Models and weights",
          "Logistic (hired, retained) and linear (performance) regression on standardized competency scores; relative"
              + " importance by Johnson's relative weights; suggested weights from non-negative regression rescaled to"
              + " 100; drop-one incremental validity; k-fold cross-validated composite validity.",
          "Johnson (2000); Lawson & Hanson (1974) NNLS", "raise/lower when the interval of (suggested − current)"
              + " excludes 0"),
      List.of("Bootstrap intervals",
          "Poisson bootstrap: each candidate gets a Poisson(1) weight per replicate drawn from a hash of (seed,"
              + " candidate, replicate), so results do not depend on partitioning; 95% percentile intervals.",
          "Hanley & MacGibbon (2006); Efron & Tibshirani (1993)", "B replicates (below)"),
      List.of("Time in stage, time to decision",
          "Days from entry to exit of completed visits: median, p90 and mean; Kaplan–Meier median and p90 counting"
              + " visits still in stage as censored; pass-through = (advanced + hired) / completed, Wilson intervals.",
          "Kaplan & Meier (1958); Wilson (1927)", "SLA days per stage from the job definition"));

  private MethodSheet() {}

  static void write(Sheet sheet, Styles st, RunSummary run, Map<String, String> settings, Map<String, String> checksums) {
    SheetWriter w = new SheetWriter(sheet, st);
    w.line(st.title, "Method");
    w.line(st.note, "How every figure in this workbook is computed, with the settings of this run and the files it read.");
    w.skip(1);
    w.header(List.of("Metric", "How it is computed", "Reference", "Thresholds"));
    for (List<String> m : METRICS) {
      int at = w.rowIndex();
      w.values(m);
      for (int c = 0; c < 4; c++) {
        sheet.getRow(at).getCell(c).setCellStyle(st.wrap);
      }
      int lines = Math.max(Math.max(1, (int) Math.ceil(m.get(1).length() / 70.0)),
          Math.max((int) Math.ceil(m.get(2).length() / 32.0), (int) Math.ceil(m.get(3).length() / 32.0)));
      sheet.getRow(at).setHeightInPoints(lines * 14.5f + 2);
    }
    w.skip(1);
    w.line(st.subtitle, "Settings of this run");
    w.header(List.of("Setting", "Value"));
    settings.forEach((k, v) -> w.values(List.of(k, v)));
    w.skip(1);
    w.line(st.subtitle, "Input files");
    w.header(List.of("Input", "File", "Rows read (input)", "Checksum"));
    for (InputCounts c : run.inputs()) {
      for (String f : c.files()) {
        w.values(List.of(c.input(), f, c.read(), checksums.getOrDefault(f, "not computed")));
      }
    }
    w.widths(30, 70, 34, 34);
  }
}
