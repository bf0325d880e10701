package io.interviewcalibration.analysis;

import io.interviewcalibration.config.Competency;
import io.interviewcalibration.config.JobDefinition;
import io.interviewcalibration.config.Rubric;
import io.interviewcalibration.config.Scale;
import io.interviewcalibration.stats.agreement.ValueDomain;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the agreement analysis counts as values and units, shipped to the workers: the rubric's
 * rating domain (its scale points), the composite's weights, the recommendation scale, the
 * {@link UnitLayout} of each kind of scope, and the bootstrap's seed and replicates.
 */
final class AgreementDesign implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Pooled over a grouping; as a competency, the scorecard composite. */
  static final String ALL = "ALL";
  /** The competency value of the overall recommendation's scopes. */
  static final String RECOMMENDATION = "overall_recommendation";
  /** Confidence levels 1..3. */
  static final List<String> CONFIDENCE = List.of("low", "medium", "high");
  /** Recommendations 1–4 (definitely_not, no, yes, strong_yes); yes and strong_yes are a hire. */
  static final ValueDomain RECOMMENDATIONS = ValueDomain.integers(1, 4);
  static final double HIRE_FROM = 3;

  private final String rubricName;
  private final List<String> competencyIds;
  private final List<String> competencyLabels;
  private final double[] weights;
  private final double scaleMin;
  private final double scaleMax;
  private final double scaleStep;
  private final ValueDomain ratings;
  private final UnitLayout ratingLayout;
  private final UnitLayout confidenceLayout;
  private final UnitLayout compositeLayout;
  private final UnitLayout recommendationLayout;
  private final long seed;
  private final int replicates;
  private transient Rubric rubric;

  AgreementDesign(Rubric rubric, long seed, int replicates) {
    this.rubricName = rubric.name();
    this.competencyIds = new ArrayList<>(rubric.competencies().stream().map(Competency::id).toList());
    this.competencyLabels = new ArrayList<>(rubric.competencies().stream().map(Competency::label).toList());
    this.weights = rubric.competencies().stream().mapToDouble(Competency::weight).toArray();
    Scale s = rubric.scale();
    this.scaleMin = s.min();
    this.scaleMax = s.max();
    this.scaleStep = s.step();
    double[] points = new double[s.points()];
    for (int k = 0; k < points.length; k++) {
      points[k] = s.min() + k * s.step();
    }
    this.ratings = ValueDomain.of(points);
    this.ratingLayout = UnitLayout.categorical(ratings, true);
    this.confidenceLayout = UnitLayout.categorical(ratings, false);
    this.compositeLayout = UnitLayout.continuous(true);
    this.recommendationLayout = UnitLayout.categoricalWithSplit(RECOMMENDATIONS, HIRE_FROM, true);
    this.seed = seed;
    this.replicates = replicates;
  }

  static AgreementDesign of(JobDefinition job) {
    return new AgreementDesign(job.rubric(), job.seed(), Math.max(0, job.bootstrapReplicates()));
  }

  long seed() {
    return seed;
  }

  int replicates() {
    return replicates;
  }

  List<String> competencies() {
    return competencyIds;
  }

  ValueDomain ratings() {
    return ratings;
  }

  /** The layout of a scope's units. */
  UnitLayout layout(AgreementKey.Scope s) {
    if (s.competency().equals(ALL)) {
      return compositeLayout;
    }
    if (s.competency().equals(RECOMMENDATION)) {
      return recommendationLayout;
    }
    return s.confidence().equals(ALL) ? ratingLayout : confidenceLayout;
  }

  /** A valid rating as the domain value of its scale point (removes representation error). */
  double snap(double rating) {
    long k = Math.round((rating - scaleMin) / scaleStep);
    k = Math.max(0, Math.min(ratings.size() - 1, k));
    return ratings.value((int) k);
  }

  /** The scorecard composite of {@link Rubric#composite}: weights renormalised over the rated competencies. */
  double composite(Map<String, Double> byCompetency) {
    return rubric().composite(byCompetency);
  }

  private Rubric rubric() {
    if (rubric == null) {
      List<Competency> cs = new ArrayList<>();
      for (int i = 0; i < competencyIds.size(); i++) {
        cs.add(new Competency(competencyIds.get(i), competencyLabels.get(i), weights[i]));
      }
      rubric = new Rubric(rubricName, new Scale(scaleMin, scaleMax, scaleStep), Map.of(), cs, List.of());
    }
    return rubric;
  }
}
