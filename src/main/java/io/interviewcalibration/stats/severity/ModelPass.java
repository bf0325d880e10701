package io.interviewcalibration.stats.severity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One pass that accumulates {@link NormalEquations} for several (design, variance ratios)
 * requests at once: the per-candidate cross products are built once per design and block, and
 * then weighted for each requested point. The state is one array of per-system states per
 * request.
 */
final class ModelPass implements BlockFold<ModelPass.State> {
  private static final long serialVersionUID = 1L;

  /**
   * A point at which to accumulate a design.
   *
   * @param design the design
   * @param t relative standard deviations (t<sub>a</sub>, t<sub>h</sub>, t<sub>u</sub>): candidate,
   *     scorecard and unit SD over the residual SD (t<sub>u</sub> is ignored for fixed units)
   */
  record Request(Design design, double[] t) implements Serializable {}

  /** Per request, per system. */
  static final class State implements Serializable {
    private static final long serialVersionUID = 1L;
    final NormalEquations[][] systems;

    State(NormalEquations[][] systems) {
      this.systems = systems;
    }
  }

  private final List<Request> requests;
  private final List<Design> designs;
  private final int[][] unitsPerSystem;
  private final int[] designOf;

  ModelPass(List<Request> requests) {
    this.requests = List.copyOf(requests);
    Map<Design, Integer> seen = new IdentityHashMap<>();
    designs = new ArrayList<>();
    designOf = new int[requests.size()];
    for (int i = 0; i < requests.size(); i++) {
      Design d = requests.get(i).design();
      Integer at = seen.get(d);
      if (at == null) {
        at = designs.size();
        seen.put(d, at);
        designs.add(d);
      }
      designOf[i] = at;
    }
    unitsPerSystem = new int[designs.size()][];
    for (int i = 0; i < designs.size(); i++) {
      Design d = designs.get(i);
      unitsPerSystem[i] = new int[d.systems()];
      for (int s = 0; s < d.systems(); s++) {
        unitsPerSystem[i][s] = d.units(s);
      }
    }
  }

  @Override
  public State zero() {
    NormalEquations[][] out = new NormalEquations[requests.size()][];
    for (int i = 0; i < out.length; i++) {
      Design d = requests.get(i).design();
      out[i] = new NormalEquations[d.systems()];
      for (int s = 0; s < d.systems(); s++) {
        out[i][s] = new NormalEquations(d.competencies(), unitsPerSystem[designOf[i]][s]);
      }
    }
    return new State(out);
  }

  @Override
  public State add(State state, CandidateBlock block) {
    Group[][] groups = new Group[designs.size()][];
    for (int d = 0; d < designs.size(); d++) {
      groups[d] = Group.of(block, designs.get(d), unitsPerSystem[d]);
    }
    for (int i = 0; i < requests.size(); i++) {
      Request r = requests.get(i);
      double la = r.t()[0] * r.t()[0];
      double lh = r.t()[1] * r.t()[1];
      double scale = r.design().randomUnits() ? r.t()[2] : 1;
      for (Group g : groups[designOf[i]]) {
        g.addTo(state.systems[i][g.system], la, lh, scale);
      }
    }
    return state;
  }

  @Override
  public State merge(State state, State other) {
    for (int i = 0; i < state.systems.length; i++) {
      for (int s = 0; s < state.systems[i].length; s++) {
        state.systems[i][s].merge(other.systems[i][s]);
      }
    }
    return state;
  }
}
