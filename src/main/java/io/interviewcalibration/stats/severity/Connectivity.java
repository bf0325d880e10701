package io.interviewcalibration.stats.severity;

import java.util.Arrays;
import java.util.Collection;

/**
 * Connected components of the interviewer graph (interviewers linked when they rated the same
 * candidate). Severities are comparable only within a component: two groups of interviewers who
 * never saw a common candidate can differ because their candidates differ. The main component is
 * the one with the most rated scorecards (ties: the one holding the lowest interviewer index).
 *
 * @param component per interviewer index, its component label, or −1 when it has no rated scorecard
 * @param main the label of the main component, or −1 when there is none
 * @param components the number of components
 */
public record Connectivity(int[] component, int main, int components) {

  /** Components from linked pairs (encoded j1 · n + j2) and scorecards per interviewer. */
  static Connectivity of(int n, Collection<Long> pairs, long[] scorecards) {
    int[] parent = new int[n];
    for (int j = 0; j < n; j++) {
      parent[j] = j;
    }
    for (long p : pairs) {
      int a = find(parent, (int) (p / n));
      int b = find(parent, (int) (p % n));
      if (a != b) {
        parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
    int[] label = new int[n];
    Arrays.fill(label, -1);
    int[] rootLabel = new int[n];
    Arrays.fill(rootLabel, -1);
    int count = 0;
    long[] size = new long[n];
    for (int j = 0; j < n; j++) {
      if (scorecards[j] == 0) {
        continue;
      }
      int r = find(parent, j);
      if (rootLabel[r] < 0) {
        rootLabel[r] = count++;
      }
      label[j] = rootLabel[r];
      size[label[j]] += scorecards[j];
    }
    int main = -1;
    for (int c = 0; c < count; c++) {
      if (main < 0 || size[c] > size[main]) {
        main = c;
      }
    }
    return new Connectivity(label, main, count);
  }

  private static int find(int[] parent, int j) {
    while (parent[j] != j) {
      parent[j] = parent[parent[j]];
      j = parent[j];
    }
    return j;
  }

  /** Whether interviewer j has rated scorecards here. */
  public boolean present(int j) {
    return component[j] >= 0;
  }

  /** Whether interviewer j is in the main component. */
  public boolean inMain(int j) {
    return main >= 0 && component[j] == main;
  }

  /** Unit columns for the main component's interviewers, in interviewer order (−1 elsewhere). */
  public int[] unitColumns() {
    int[] cols = new int[component.length];
    int u = 0;
    for (int j = 0; j < cols.length; j++) {
      cols[j] = inMain(j) ? u++ : -1;
    }
    return cols;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Connectivity c && Arrays.equals(c.component, component) && c.main == main;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(component) * 31 + main;
  }
}
