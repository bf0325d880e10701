package io.interviewcalibration.config;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A rubric: competencies with their current weights, a rating scale, a word map and score tiers.
 *
 * @param name rubric name
 * @param scale rating scale of every competency
 * @param ratingWords rating words (lower case) and the numbers they stand for
 * @param competencies competencies in rubric order
 * @param tiers score tiers, highest first
 */
public record Rubric(
    String name,
    Scale scale,
    Map<String, Double> ratingWords,
    List<Competency> competencies,
    List<Tier> tiers) {

  /** The weights' total: 1 or 100, whichever they sum to. */
  public double weightTotal() {
    double sum = competencies.stream().mapToDouble(Competency::weight).sum();
    return Math.abs(sum - 1) < 1e-6 ? 1 : 100;
  }

  /** Finds a competency by id, case-insensitively. */
  public Optional<Competency> competency(String id) {
    String key = id.trim().toLowerCase(Locale.ROOT);
    return competencies.stream().filter(c -> c.id().equals(key)).findFirst();
  }

  /**
   * The composite on 0–100 of ratings per competency: Σ wᵢ·(rᵢ − min)/(max − min)·100 over the
   * rated competencies, with weights renormalised over them when some are missing.
   *
   * @param ratings rating per competency id; missing or NaN = not rated
   * @return the composite, or NaN when nothing is rated
   */
  public double composite(Map<String, Double> ratings) {
    double weighted = 0;
    double weights = 0;
    for (Competency c : competencies) {
      Double r = ratings.get(c.id());
      if (r != null && !r.isNaN()) {
        weighted += c.weight() * scale.unit(r);
        weights += c.weight();
      }
    }
    return weights == 0 ? Double.NaN : 100 * weighted / weights;
  }

  /** The tier of a composite, or null for NaN. */
  public Tier tier(double composite) {
    if (Double.isNaN(composite)) {
      return null;
    }
    for (Tier t : tiers) {
      if (composite >= t.min() - 1e-9) {
        return t;
      }
    }
    return tiers.get(tiers.size() - 1);
  }
}
