package io.interviewcalibration.stats.agreement;

/**
 * Why a statistic could not be computed. A result whose value is {@code NaN} names one of these;
 * {@link #code()} is the stable lower_snake_case text written to the {@code note} column of
 * result files.
 */
public enum UndefinedReason {
    /** No unit has two or more ratings, so nothing can be compared. */
    NO_PAIRABLE_UNITS("no_pairable_units"),
    /** All values are identical: the expected disagreement (or total variance) is zero. */
    NO_VARIATION("no_variation"),
    /** Fewer units (targets, candidates) than the estimator needs, usually two. */
    TOO_FEW_UNITS("too_few_units"),
    /** Every unit has the same mean, so the between-unit mean square is zero. */
    NO_BETWEEN_UNIT_VARIATION("no_between_unit_variation"),
    /** A two-way design with a missing cell: not every judge rated every target. */
    NOT_FULLY_CROSSED("not_fully_crossed"),
    /** The category domain has fewer than two categories. */
    TOO_FEW_CATEGORIES("too_few_categories"),
    /** The design does not separate the variance components (singular equations). */
    SINGULAR_DESIGN("singular_design");

    private final String code;

    UndefinedReason(String code) {
        this.code = code;
    }

    /** Stable lower_snake_case code for result files. */
    public String code() {
        return code;
    }
}
