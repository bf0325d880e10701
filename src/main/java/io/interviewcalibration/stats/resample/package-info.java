/**
 * Resampling for intervals computed on distributed, linear summaries: deterministic Poisson(1)
 * bootstrap weights keyed by (seed, cluster key, replicate), independent of partitioning and call
 * order, and percentile intervals over the replicate estimates.
 */
package io.interviewcalibration.stats.resample;
