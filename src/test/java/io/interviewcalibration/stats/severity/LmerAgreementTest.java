package io.interviewcalibration.stats.severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The crossed REML fit against lme4 1.1-31 (R 4.2.2) on the committed fixture made by
 * src/test/resources/severity/make_fixture.R: {@code lmer(rating ~ competency + (1|candidate) +
 * (1|interviewer) + (1|scorecard))}, REML.
 */
class LmerAgreementTest {
  static LmerFixture f;
  static CrossedFit fit;

  @BeforeAll
  static void fit() {
    f = LmerFixture.load();
    fit = CrossedFit.fit(Passes.of(f.blocks), List.of(f.pooled()), CrossedFit.START, CrossedFit.MAX_PASSES).get(0);
    System.out.printf("fixture fit: %d passes, %d steps, converged %s, deviance %.6f, t %s%n", fit.passes(), fit.steps(),
        fit.converged(), fit.deviance(), java.util.Arrays.toString(fit.t()));
  }

  @Test
  void convergesToLme4sRemlCriterion() {
    assertThat(fit.converged()).isTrue();
    assertThat(fit.solution().ratings()).isEqualTo((long) f.value("n", "ratings"));
    // same criterion, same data: equal up to the optimisers' stopping rules
    assertThat(fit.deviance()).isCloseTo(f.value("reml_criterion", "REML"), within(1e-4));
  }

  @Test
  void varianceComponentsWithinTwoPercent() {
    VarianceComponents vc = fit.components();
    assertThat(vc.candidate()).isCloseTo(f.value("variance", "candidate"), within(0.02 * f.value("variance", "candidate")));
    assertThat(vc.scorecard()).isCloseTo(f.value("variance", "scorecard"), within(0.02 * f.value("variance", "scorecard")));
    assertThat(vc.interviewer()).isCloseTo(f.value("variance", "interviewer"), within(0.02 * f.value("variance", "interviewer")));
    assertThat(vc.residual()).isCloseTo(f.value("variance", "Residual"), within(0.02 * f.value("variance", "Residual")));
  }

  @Test
  void interviewerEffectsMatchConditionalModes() {
    double[] ours = fit.solution().units();
    double[] theirs = new double[ours.length];
    double maxDiff = 0;
    for (int i = 0; i < ours.length; i++) {
      theirs[i] = f.value("interviewer", f.interviewers.get(i));
      maxDiff = Math.max(maxDiff, Math.abs(ours[i] - theirs[i]));
    }
    double r = new PearsonsCorrelation().correlation(ours, theirs);
    System.out.printf("interviewer effects: r = %.8f, max |diff| = %.2e%n", r, maxDiff);
    assertThat(r).isGreaterThanOrEqualTo(0.99);
    assertThat(maxDiff).isLessThan(1e-3);
  }

  /**
   * Severity is the conditional mode against the mean of all interviewers' modes, and its standard
   * error that of the contrast. R computes both from lme4's X, Z and Λ by inverting Henderson's
   * mixed-model equations densely (make_fixture.R). (lme4's condVar, the variance given the
   * competency means, is 7–20% larger here: it ignores that interviewers who share candidates
   * have correlated errors, which partly cancel against the team's mean.)
   */
  @Test
  void severityIsTheCentredModeWithTheContrastsStandardError() {
    double[][] centred = fit.solution().centred();
    double maxRel = 0;
    for (int i = 0; i < f.interviewers.size(); i++) {
      String iv = f.interviewers.get(i);
      assertThat(centred[0][i]).as(iv).isCloseTo(f.value("interviewer_centred", iv), within(1e-6));
      double rel = Math.abs(centred[1][i] / f.se("interviewer_centred", iv) - 1);
      maxRel = Math.max(maxRel, rel);
    }
    System.out.printf("severity SE against R's dense Henderson inverse: max relative difference %.2e%n", maxRel);
    assertThat(maxRel).isLessThan(1e-4);
  }

  @Test
  void competencyMeansMatchFixedEffects() {
    double intercept = f.value("fixed", "(Intercept)");
    double[] beta = fit.solution().fixed();
    assertThat(beta[0]).isCloseTo(intercept, within(1e-4));
    for (int c = 1; c < LmerFixture.COMPETENCIES.size(); c++) {
      assertThat(beta[c] - beta[0]).as(LmerFixture.COMPETENCIES.get(c))
          .isCloseTo(f.value("fixed", "competency" + LmerFixture.COMPETENCIES.get(c)), within(1e-4));
    }
  }
}
