package io.interviewcalibration.stats.severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.Serializable;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The merge law of every fold: folding two halves of the blocks and merging equals folding them
 * all, so partitioning cannot change a result (beyond floating-point rounding).
 */
class MergeLawTest {
  static final SampleLikeData DATA = new SampleLikeData(3, new double[40], new double[40], 40);

  /** {whole, merged halves}. */
  private static <S extends Serializable> List<S> halves(BlockFold<S> fold) {
    List<CandidateBlock> all = DATA.blocks;
    int cut = all.size() / 3;
    S whole = Passes.of(all).run(fold);
    S a = Passes.of(all.subList(0, cut)).run(fold);
    S b = Passes.of(all.subList(cut, all.size())).run(fold);
    return List.of(whole, fold.merge(a, b));
  }

  @Test
  void normalEquations() {
    Census.State census = Passes.of(DATA.blocks).run(new Census(40, 8));
    Design d = new Design("all", false, false, true, 7, new int[][] {census.connectivity(Census.ALL).unitColumns()});
    ModelPass pass = new ModelPass(List.of(new ModelPass.Request(d, new double[] {0.6, 0.3, 0.3})));
    List<ModelPass.State> s = halves(pass);
    NormalEquations whole = s.get(0).systems[0][0];
    NormalEquations merged = s.get(1).systems[0][0];
    assertThat(merged.ratings()).isEqualTo(whole.ratings()).isPositive();
    assertThat(merged.groups()).isEqualTo(whole.groups());
    assertThat(merged.logDetV()).isCloseTo(whole.logDetV(), within(1e-9));
    for (int i = 0; i < whole.dimension(); i++) {
      for (int j = 0; j < whole.dimension(); j++) {
        assertThat(merged.at(i, j)).isCloseTo(whole.at(i, j), within(1e-8 * Math.max(1, Math.abs(whole.at(i, j)))));
      }
    }
    for (int u = 0; u < whole.units(); u++) {
      assertThat(merged.unitScorecards(u)).isEqualTo(whole.unitScorecards(u));
      assertThat(merged.unitGroups(u)).isEqualTo(whole.unitGroups(u));
    }
  }

  @Test
  void census() {
    List<Census.State> s = halves(new Census(40, 8));
    for (int sys = 0; sys < 10; sys++) {
      assertThat(s.get(1).connectivity(sys)).isEqualTo(s.get(0).connectivity(sys));
      for (int j = 0; j < 40; j++) {
        assertThat(s.get(1).scorecards(sys, j)).isEqualTo(s.get(0).scorecards(sys, j));
      }
    }
  }

  @Test
  void finalPassTalliesResidualsAndBins() {
    Census.State census = Passes.of(DATA.blocks).run(new Census(40, 8));
    Design w = new Design("w", true, false, true, 7, new int[][] {census.connectivity(Census.WINDOW).unitColumns()});
    double[] units = new double[w.units(0)];
    for (int u = 0; u < units.length; u++) {
      units[u] = 0.01 * u;
    }
    FinalPass fold = new FinalPass(null, new FinalPass.WindowModel(w, new double[] {2.5, 2.6, 2.7, 2.4, 2.5, 2.6, 2.6},
        units, 0.4, 0.1, 0.6), 40, 7, 3, 0, 5, 24);
    List<FinalPass.State> s = halves(fold);
    for (int j = 0; j < 40; j++) {
      InterviewerTally a = s.get(0).tallies[j];
      InterviewerTally b = s.get(1).tallies[j];
      if (a == null) {
        assertThat(b).isNull();
        continue;
      }
      assertThat(b.scorecards()).isEqualTo(a.scorecards());
      assertThat(b.candidates()).isEqualTo(a.candidates());
      assertThat(b.meanRating()).isCloseTo(a.meanRating(), within(1e-12));
      assertThat(b.halo()).isCloseTo(a.halo(), within(1e-9));
      assertThat(Double.valueOf(b.panelAgreement())).isEqualTo(Double.valueOf(a.panelAgreement()));
      assertThat(Double.valueOf(b.latencyQuantile(0.5))).isEqualTo(Double.valueOf(a.latencyQuantile(0.5)));
      assertThat(Double.valueOf(b.latencyQuantile(0.9))).isEqualTo(Double.valueOf(a.latencyQuantile(0.9)));
    }
    assertThat(s.get(1).passBins).isEqualTo(s.get(0).passBins);
    for (int i = 0; i < s.get(0).residuals.length; i++) {
      assertThat(s.get(1).residuals[i]).isCloseTo(s.get(0).residuals[i], within(1e-9));
    }
  }
}
