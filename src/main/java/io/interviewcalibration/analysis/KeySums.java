package io.interviewcalibration.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import scala.Tuple2;

/**
 * One partition's sums per key. Vectors of categorical values repeat (a scope has few distinct
 * patterns of ratings), so a repeated vector is kept once with the summed draws of its
 * candidates, and multiplied out into the {@link ReplicateSums} when the batch is flushed: the
 * cost per candidate is then one pass over its non-zero draws instead of one per vector entry.
 * The result is the same exact sum. When a key collects more than {@link #MAX_PATTERNS} distinct
 * vectors, those seen once are multiplied out and the frequent ones kept; a key whose vectors
 * mostly do not repeat (fewer than half of its additions hit a kept vector) stops batching.
 * Everything left is multiplied out at the end.
 */
final class KeySums {
  /** Distinct vectors kept per key before they are multiplied out. */
  static final int MAX_PATTERNS = 512;

  private final int replicates;
  private final Map<AgreementKey, ReplicateSums> sums = new HashMap<>();
  private final Map<AgreementKey, Map<Pattern, long[]>> pending = new HashMap<>();
  /** Per batched key: additions and additions that found their vector already kept. */
  private final Map<AgreementKey, long[]> hits = new HashMap<>();

  KeySums(int replicates) {
    this.replicates = replicates;
  }

  /** A vector compared by value. */
  private record Pattern(double[] v) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Pattern p && Arrays.equals(v, p.v);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(v);
    }
  }

  /**
   * Adds a candidate's vector to a key.
   *
   * @param batch whether the vector is likely to repeat (categorical values), so worth batching
   */
  void add(AgreementKey key, double[] vector, CandidateDraws draws, boolean batch) {
    ReplicateSums s = sums.computeIfAbsent(key, k -> new ReplicateSums(vector.length,
        k.part().bootstrapped() ? replicates : 0));
    if (!batch || s.replicates() == 0) {
      s.add(vector, draws);
      return;
    }
    long[] h = hits.computeIfAbsent(key, k -> new long[2]);
    if (h[0] < 0) { // stopped batching
      s.add(vector, draws);
      return;
    }
    Map<Pattern, long[]> batchOfKey = pending.computeIfAbsent(key, k -> new HashMap<>());
    Pattern p = new Pattern(vector);
    long[] w = batchOfKey.get(p);
    h[0]++;
    if (w == null) {
      w = new long[replicates + 1];
      batchOfKey.put(p, w);
    } else {
      h[1]++;
    }
    for (int t = 0; t < draws.count(); t++) {
      w[draws.replicate(t)] += draws.weight(t);
    }
    if (batchOfKey.size() > MAX_PATTERNS) {
      if (2 * h[1] < h[0]) {
        flush(key, batchOfKey, false);
        h[0] = -1;
      } else {
        flush(key, batchOfKey, true);
      }
    }
  }

  /** Multiplies out the batch (with {@code rareOnly}, only the vectors of a single candidate). */
  private void flush(AgreementKey key, Map<Pattern, long[]> batch, boolean rareOnly) {
    ReplicateSums s = sums.get(key);
    var it = batch.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<Pattern, long[]> e = it.next();
      if (!rareOnly || e.getValue()[0] <= 1) {
        s.addWeighted(e.getKey().v(), e.getValue());
        it.remove();
      }
    }
  }

  /** Flushes every batch and returns the sums per key. */
  List<Tuple2<AgreementKey, ReplicateSums>> result() {
    pending.forEach((k, batch) -> flush(k, batch, false));
    pending.clear();
    List<Tuple2<AgreementKey, ReplicateSums>> out = new ArrayList<>(sums.size());
    sums.forEach((k, v) -> out.add(new Tuple2<>(k, v)));
    return out;
  }
}
