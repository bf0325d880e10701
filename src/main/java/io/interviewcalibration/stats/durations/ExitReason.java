package io.interviewcalibration.stats.durations;

/** Why a stage visit ended: the {@code exit_reason} values of the stages input. */
public enum ExitReason {
    /** Moved on to a later stage. */
    ADVANCED("advanced"),
    /** Rejected at this stage. */
    REJECTED("rejected"),
    /** The candidate withdrew. */
    WITHDREW("withdrew"),
    /** Hired from this stage. */
    HIRED("hired");

    private final String label;

    ExitReason(String label) {
        this.label = label;
    }

    /** The label used in the canonical input. */
    public String label() {
        return label;
    }
}
