package io.interviewcalibration.report;

import io.interviewcalibration.analysis.AgreementResult;
import io.interviewcalibration.analysis.AgreementRow;
import io.interviewcalibration.analysis.InterviewerPair;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Inter-rater agreement: {@code results/agreement.csv}, {@code results/interviewer_pairs.csv}
 * and the Agreement sheet ({@link AgreementSheet}).
 */
public final class AgreementSection implements Section {
  /** Columns of agreement.csv: the contract's, then {@code note} and {@code confidence}. */
  public static final List<String> AGREEMENT_COLUMNS = List.of("competency", "stage", "metric", "value", "ci_low",
      "ci_high", "n_candidates", "n_ratings", "note", "confidence");
  /**
   * Columns of interviewer_pairs.csv; {@code ci_low}/{@code ci_high} are the interval of
   * {@code kappa_quadratic}, repeated under explicit names next to the linear kappa's.
   */
  public static final List<String> PAIR_COLUMNS = List.of("interviewer_a", "interviewer_b", "n_shared",
      "kappa_linear", "kappa_quadratic", "ci_low", "ci_high", "kappa_linear_ci_low", "kappa_linear_ci_high",
      "kappa_quadratic_ci_low", "kappa_quadratic_ci_high", "n_units", "note");

  private final AgreementResult result;

  public AgreementSection(AgreementResult result) {
    this.result = result;
  }

  @Override
  public List<ResultTable> tables() {
    List<List<Object>> rows = new ArrayList<>();
    for (AgreementRow r : result.rows()) {
      rows.add(Arrays.asList(r.competency(), r.stage(), r.metric(), r.value(), r.ciLow(), r.ciHigh(),
          r.nCandidates(), r.nRatings(), r.note(), r.confidence()));
    }
    List<List<Object>> pairs = new ArrayList<>();
    for (InterviewerPair p : result.pairs()) {
      pairs.add(Arrays.asList(p.interviewerA(), p.interviewerB(), p.nShared(), p.kappaLinear(), p.kappaQuadratic(),
          p.ciLow(), p.ciHigh(), p.linearCiLow(), p.linearCiHigh(), p.ciLow(), p.ciHigh(), p.nUnits(), p.note()));
    }
    return List.of(
        new ResultTable("agreement", AGREEMENT_COLUMNS, rows, Set.of("stage")),
        new ResultTable("interviewer_pairs", PAIR_COLUMNS, pairs, Set.of("interviewer_a", "interviewer_b")));
  }

  @Override
  public void writeSheets(XSSFWorkbook wb, Styles styles, Charts charts) throws IOException {
    new AgreementSheet(result, wb, styles).write(charts);
  }
}
