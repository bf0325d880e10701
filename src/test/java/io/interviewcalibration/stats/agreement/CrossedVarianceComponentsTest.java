package io.interviewcalibration.stats.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Henderson's Method I for the two-way crossed random model (Searle, Casella &amp; McCulloch 1992,
 * ch. 5): on a balanced table it reproduces the ANOVA estimates; on simulated sparse, unbalanced
 * designs with known components it is unbiased and, with enough data, close to the truth.
 */
class CrossedVarianceComponentsTest {

    /** Identical algebra on a balanced table: agreement to rounding. */
    private static final double ROUNDING = 1e-9;
    /**
     * Mean of the raw estimates over replicate datasets must lie within this many standard errors
     * of the truth (Method I is unbiased; 4 SE makes a false failure about 1 in 16 000 per check).
     */
    private static final double STANDARD_ERRORS = 4;
    /**
     * One large dataset (4000 candidates, 400 interviewers): about 4–5 standard errors of the least
     * precise component (σ²interviewer = 0.3 from 400 interviewers, SE ≈ 0.3·√(2/400) ≈ 0.02).
     */
    private static final double LARGE_SAMPLE_TOLERANCE = 0.1;

    private static final double SIGMA2_CANDIDATE = 1.0;
    private static final double SIGMA2_INTERVIEWER = 0.3;
    private static final double SIGMA2_RESIDUAL = 0.6;

    @Test
    void balancedShroutFleissTableGivesTheTwoWayAnovaEstimates() {
        double[][] scores = Published.numbers("shrout_fleiss_1979_wide.csv", 1);
        int n = scores.length;
        int k = scores[0].length;
        int[] targets = new int[n * k];
        int[] judges = new int[n * k];
        double[] y = new double[n * k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                targets[i * k + j] = i;
                judges[i * k + j] = j;
                y[i * k + j] = scores[i][j];
            }
        }
        CrossedVarianceComponents vc = CrossedVarianceComponents.of(CrossedSums.fromRatings(targets, judges, y));
        TwoWayIcc anova = TwoWayIcc.of(TwoWayAnova.ofMatrix(scores));
        assertThat(vc.candidate().raw()).isCloseTo((anova.bms() - anova.ems()) / k, within(ROUNDING));
        assertThat(vc.interviewer().raw()).isCloseTo((anova.jms() - anova.ems()) / n, within(ROUNDING));
        assertThat(vc.residual().raw()).isCloseTo(anova.ems(), within(ROUNDING));
        assertThat(vc.anyTruncated()).isFalse();
    }

    /** Sparse crossed design: each candidate sees 2–4 distinct interviewers, now and then one of them twice. */
    private static CrossedSums simulate(Random rnd, int candidates, int interviewers) {
        double[] severity = new double[interviewers];
        for (int j = 0; j < interviewers; j++) {
            severity[j] = Math.sqrt(SIGMA2_INTERVIEWER) * rnd.nextGaussian();
        }
        List<int[]> cells = new ArrayList<>();
        List<Double> ratings = new ArrayList<>();
        for (int i = 0; i < candidates; i++) {
            double ability = Math.sqrt(SIGMA2_CANDIDATE) * rnd.nextGaussian();
            int panel = 2 + rnd.nextInt(3);
            java.util.Set<Integer> chosen = new java.util.LinkedHashSet<>();
            while (chosen.size() < panel) {
                chosen.add(rnd.nextInt(interviewers));
            }
            for (int j : chosen) {
                int times = rnd.nextInt(10) == 0 ? 2 : 1;
                for (int t = 0; t < times; t++) {
                    cells.add(new int[] {i, j});
                    ratings.add(ability + severity[j] + Math.sqrt(SIGMA2_RESIDUAL) * rnd.nextGaussian());
                }
            }
        }
        int[] cand = new int[cells.size()];
        int[] interv = new int[cells.size()];
        double[] y = new double[cells.size()];
        for (int r = 0; r < y.length; r++) {
            cand[r] = cells.get(r)[0];
            interv[r] = cells.get(r)[1];
            y[r] = ratings.get(r);
        }
        return CrossedSums.fromRatings(cand, interv, y);
    }

    @Test
    void estimatesAreUnbiasedOverSimulatedSparseDesigns() {
        Random rnd = new Random(1_953_001L);
        int replicates = 200;
        double[][] est = new double[3][replicates];
        for (int r = 0; r < replicates; r++) {
            CrossedVarianceComponents vc = CrossedVarianceComponents.of(simulate(rnd, 300, 30));
            assertThat(vc.defined()).isTrue();
            est[0][r] = vc.candidate().raw();
            est[1][r] = vc.interviewer().raw();
            est[2][r] = vc.residual().raw();
        }
        double[] truth = {SIGMA2_CANDIDATE, SIGMA2_INTERVIEWER, SIGMA2_RESIDUAL};
        String[] names = {"candidate", "interviewer", "residual"};
        for (int c = 0; c < 3; c++) {
            double mean = 0;
            for (double e : est[c]) {
                mean += e / replicates;
            }
            double var = 0;
            for (double e : est[c]) {
                var += (e - mean) * (e - mean) / (replicates - 1);
            }
            double se = Math.sqrt(var / replicates);
            assertThat(mean).as("mean %s estimate (SE %.4f)", names[c], se).isCloseTo(truth[c], within(STANDARD_ERRORS * se));
        }
    }

    @Test
    void aLargeSparseDesignRecoversTheComponents() {
        CrossedVarianceComponents vc = CrossedVarianceComponents.of(simulate(new Random(42L), 4000, 400));
        assertThat(vc.candidate().estimate()).isCloseTo(SIGMA2_CANDIDATE, within(LARGE_SAMPLE_TOLERANCE));
        assertThat(vc.interviewer().estimate()).isCloseTo(SIGMA2_INTERVIEWER, within(LARGE_SAMPLE_TOLERANCE));
        assertThat(vc.residual().estimate()).isCloseTo(SIGMA2_RESIDUAL, within(LARGE_SAMPLE_TOLERANCE));
    }

    @Test
    void negativeEstimatesAreTruncatedAndSaySo() {
        // judges' column totals are equal, so JMS = 0 < EMS and the raw interviewer component is negative
        double[][] scores = {{1, 2}, {3, 2}};
        CrossedSums sums = CrossedSums.fromRatings(new int[] {0, 0, 1, 1}, new int[] {0, 1, 0, 1},
                new double[] {scores[0][0], scores[0][1], scores[1][0], scores[1][1]});
        CrossedVarianceComponents vc = CrossedVarianceComponents.of(sums);
        assertThat(vc.interviewer().raw()).isNegative();
        assertThat(vc.interviewer().estimate()).isZero();
        assertThat(vc.interviewer().truncated()).isTrue();
        assertThat(vc.anyTruncated()).isTrue();
        assertThat(vc.residual().truncated()).isFalse();
    }

    @Test
    void sumsThatCannotComeFromOneDatasetAreRejected() {
        assertThatThrownBy(() -> new CrossedSums(10, 0, 0, 3, 3, 0, 0, 40, 40, 3, 3, 5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
