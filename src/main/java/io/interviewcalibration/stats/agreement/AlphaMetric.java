package io.interviewcalibration.stats.agreement;

/**
 * Krippendorff's difference functions δ²(c, k) for the four levels of measurement
 * (Krippendorff 2011, §E). Values c, k are domain values; n<sub>g</sub> are the marginals of the
 * coincidence matrix.
 */
public enum AlphaMetric {
    /** δ² = 0 if c = k, else 1. */
    NOMINAL("alpha_nominal"),
    /**
     * δ² = (Σ<sub>g=c..k</sub> n<sub>g</sub> − (n<sub>c</sub> + n<sub>k</sub>)/2)², the sum over
     * the domain values from c to k in rank order; depends on the observed marginals. Domain
     * values no one used have n<sub>g</sub> = 0 and do not change the result.
     */
    ORDINAL("alpha_ordinal"),
    /** δ² = (c − k)². */
    INTERVAL("alpha_interval"),
    /** δ² = ((c − k)/(c + k))², defined as 0 when c = k = 0; values must be non-negative. */
    RATIO("alpha_ratio");

    private final String metricName;

    AlphaMetric(String metricName) {
        this.metricName = metricName;
    }

    /** The stable metric name used in result files, e.g. {@code alpha_interval}. */
    public String metricName() {
        return metricName;
    }
}
