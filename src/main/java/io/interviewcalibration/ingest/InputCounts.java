package io.interviewcalibration.ingest;

import java.util.List;
import java.util.Map;

/**
 * What happened to one input's rows. Always {@code read == accepted + rejected}; {@code excluded}
 * rows are part of {@code accepted} (accepted, then left out of calibration).
 *
 * @param input the input's kind
 * @param path the path as given
 * @param files the data files read
 * @param read rows read
 * @param accepted rows accepted
 * @param rejected rows rejected
 * @param excluded accepted rows left out of calibration
 * @param rejectedByReason rejected rows per reason
 * @param excludedByReason excluded rows per reason
 */
public record InputCounts(
    String input,
    String path,
    List<String> files,
    long read,
    long accepted,
    long rejected,
    long excluded,
    Map<String, Long> rejectedByReason,
    Map<String, Long> excludedByReason) {}
