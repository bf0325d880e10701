package io.interviewcalibration.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interviewcalibration.stats.resample.PoissonWeights;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bootstrap sums: weights from PoissonWeights, exact and independent of order and grouping. */
class ReplicateSumsTest {
  private static final int LENGTH = 4;
  private static final int REPLICATES = 30;
  private static final long SEED = 42;

  private static List<double[]> vectors(int n, long seed) {
    Random rnd = new Random(seed);
    List<double[]> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      // a mix of magnitudes and signs, fractions that are not exact in binary, and zeros
      out.add(new double[] {rnd.nextInt(6) / 3.0, rnd.nextGaussian() * 1e4, i % 5 == 0 ? 0 : -0.1 * (i % 7),
          rnd.nextDouble() * 1e-9});
    }
    return out;
  }

  private static ReplicateSums sum(List<double[]> vs, List<Integer> order) {
    ReplicateSums s = new ReplicateSums(LENGTH, REPLICATES);
    for (int i : order) {
      s.add(vs.get(i), CandidateDraws.of(SEED, "c" + i, REPLICATES));
    }
    return s;
  }

  private static List<Integer> range(int n) {
    List<Integer> l = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      l.add(i);
    }
    return l;
  }

  @Test
  void anyOrderAndAnySplitGiveTheSameBits() {
    List<double[]> vs = vectors(500, 1);
    ReplicateSums inOrder = sum(vs, range(500));
    List<Integer> shuffled = range(500);
    Collections.shuffle(shuffled, new Random(9));
    ReplicateSums a = sum(vs, shuffled.subList(0, 137));
    ReplicateSums b = sum(vs, shuffled.subList(137, 420));
    ReplicateSums c = sum(vs, shuffled.subList(420, 500));
    ReplicateSums merged = c.merge(a).merge(b);
    for (int r = 0; r <= REPLICATES; r++) {
      double[] x = inOrder.vector(r);
      double[] y = merged.vector(r);
      for (int j = 0; j < LENGTH; j++) {
        assertThat(Double.doubleToRawLongBits(y[j])).as("entry %d, replicate %d", j, r)
            .isEqualTo(Double.doubleToRawLongBits(x[j]));
      }
    }
  }

  @Test
  void replicateSumsAreThePoissonWeightedSumsToDoublePrecision() {
    List<double[]> vs = vectors(300, 2);
    ReplicateSums s = sum(vs, range(300));
    for (int r = 0; r <= REPLICATES; r++) {
      for (int j = 0; j < LENGTH; j++) {
        BigDecimal exact = BigDecimal.ZERO;
        long addends = 0;
        for (int i = 0; i < vs.size(); i++) {
          int w = r == 0 ? 1 : PoissonWeights.weight(SEED, "c" + i, r - 1);
          exact = exact.add(new BigDecimal(vs.get(i)[j]).multiply(BigDecimal.valueOf(w)));
          addends += w;
        }
        double expected = exact.doubleValue();
        // each addend loses at most 2^-64 (bits below the fixed point); reading back rounds twice
        double tolerance = addends * 0x1p-64 + 2 * Math.ulp(expected);
        assertThat(s.value(j, r)).as("entry %d, replicate %d", j, r)
            .isCloseTo(expected, org.assertj.core.api.Assertions.within(tolerance));
      }
    }
  }

  @Test
  void repeatedVectorsBatchedWithTheirSummedDrawsGiveTheSameBits() {
    List<double[]> patterns = vectors(5, 3);
    ReplicateSums oneByOne = new ReplicateSums(LENGTH, REPLICATES);
    KeySums batched = new KeySums(REPLICATES);
    AgreementKey key = AgreementKey.unit(new AgreementKey.Scope("c", "ALL", "ALL"));
    for (int i = 0; i < 400; i++) {
      double[] v = patterns.get(i % patterns.size()).clone();
      CandidateDraws d = CandidateDraws.of(SEED, "cand" + i, REPLICATES);
      oneByOne.add(v, d);
      batched.add(key, v, d, true);
    }
    ReplicateSums b = batched.result().get(0)._2();
    for (int r = 0; r <= REPLICATES; r++) {
      for (int j = 0; j < LENGTH; j++) {
        assertThat(Double.doubleToRawLongBits(b.value(j, r))).as("entry %d, replicate %d", j, r)
            .isEqualTo(Double.doubleToRawLongBits(oneByOne.value(j, r)));
      }
    }
  }

  @Test
  void batchesThatOverflowOrStopRepeatingStillGiveTheSameBits() {
    List<double[]> common = vectors(5, 4);
    AgreementKey mostlyNew = AgreementKey.unit(new AgreementKey.Scope("a", "ALL", "ALL"));
    AgreementKey halfRepeated = AgreementKey.unit(new AgreementKey.Scope("b", "ALL", "ALL"));
    ReplicateSums newOneByOne = new ReplicateSums(LENGTH, REPLICATES);
    ReplicateSums halfOneByOne = new ReplicateSums(LENGTH, REPLICATES);
    KeySums batched = new KeySums(REPLICATES);
    int n = 4 * KeySums.MAX_PATTERNS;
    for (int i = 0; i < n; i++) {
      CandidateDraws d = CandidateDraws.of(SEED, "cand" + i, REPLICATES);
      double[] unique = {i, i / 7.0, -i, 1};
      double[] half = i % 3 == 0 ? unique.clone() : common.get(i % 5).clone();
      newOneByOne.add(unique, d);
      halfOneByOne.add(half, d);
      batched.add(mostlyNew, unique.clone(), d, true);
      batched.add(halfRepeated, half, d, true);
    }
    for (var t : batched.result()) {
      ReplicateSums expected = t._1().equals(mostlyNew) ? newOneByOne : halfOneByOne;
      for (int r = 0; r <= REPLICATES; r++) {
        for (int j = 0; j < LENGTH; j++) {
          assertThat(Double.doubleToRawLongBits(t._2().value(j, r))).as("%s entry %d, replicate %d", t._1(), j, r)
              .isEqualTo(Double.doubleToRawLongBits(expected.value(j, r)));
        }
      }
    }
  }

  @Test
  void pointOnlySumsIgnoreTheReplicates() {
    ReplicateSums s = new ReplicateSums(1, 0);
    s.add(new double[] {2.5}, CandidateDraws.of(SEED, "x", 100));
    s.add(new double[] {-1}, CandidateDraws.of(SEED, "y", 100));
    assertThat(s.value(0, 0)).isEqualTo(1.5);
    assertThat(s.replicates()).isZero();
  }

  @Test
  void refusesWhatItCannotSumExactly() {
    ReplicateSums s = new ReplicateSums(1, 0);
    CandidateDraws d = CandidateDraws.of(SEED, "x", 0);
    assertThatThrownBy(() -> s.add(new double[] {Double.NaN}, d)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> s.add(new double[] {1e300}, d)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> s.add(new double[] {1, 2}, d)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> s.merge(new ReplicateSums(1, 3))).isInstanceOf(IllegalArgumentException.class);
  }
}
