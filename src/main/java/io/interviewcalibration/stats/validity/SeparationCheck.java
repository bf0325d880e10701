package io.interviewcalibration.stats.validity;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/** Linear-programming check for separation; see {@link Separation#check}. */
final class SeparationCheck {
  private SeparationCheck() {
  }

  static Separation check(double[][] x, double[] y, double[] weights) {
    int p = Numeric.columns(x);
    int k = p + 1;
    List<double[]> rows = new ArrayList<>();
    // standardize columns: an invertible change of β that leaves the answer unchanged but keeps
    // the simplex tableau well scaled
    double[] mean = new double[p];
    double[] scale = new double[p];
    for (int j = 0; j < p; j++) {
      double[] c = Numeric.column(x, j);
      mean[j] = Numeric.mean(c);
      double sd = Numeric.sd(c);
      scale[j] = sd > 0 ? sd : 1;
    }
    for (int i = 0; i < x.length; i++) {
      if (weights != null && weights[i] <= 0) {
        continue;
      }
      double s = y[i] == 1 ? 1 : -1;
      double[] a = new double[k];
      a[0] = s;
      for (int j = 0; j < p; j++) {
        a[j + 1] = s * (x[i][j] - mean[j]) / scale[j];
      }
      rows.add(a);
    }
    int n = rows.size();
    try {
      // Stiemke: λ = 1 + μ, μ ≥ 0, Aᵀμ = −Aᵀ1
      List<LinearConstraint> cons = new ArrayList<>();
      for (int c = 0; c < k; c++) {
        double[] coef = new double[n];
        double rhs = 0;
        for (int i = 0; i < n; i++) {
          coef[i] = rows.get(i)[c];
          rhs -= coef[i];
        }
        cons.add(new LinearConstraint(coef, Relationship.EQ, rhs));
      }
      if (feasible(n, cons)) {
        return Separation.NONE;
      }
      // Gordan: λ ≥ 0, Σλ = 1, Aᵀλ = 0
      List<LinearConstraint> gordan = new ArrayList<>();
      for (int c = 0; c < k; c++) {
        double[] coef = new double[n];
        for (int i = 0; i < n; i++) {
          coef[i] = rows.get(i)[c];
        }
        gordan.add(new LinearConstraint(coef, Relationship.EQ, 0));
      }
      gordan.add(new LinearConstraint(Numeric.ones(n), Relationship.EQ, 1));
      return feasible(n, gordan) ? Separation.QUASI_COMPLETE : Separation.COMPLETE;
    } catch (MathIllegalStateException e) {
      return Separation.NOT_CHECKED;
    }
  }

  private static boolean feasible(int n, List<LinearConstraint> cons) {
    try {
      new SimplexSolver().optimize(new MaxIter(100_000),
          new LinearObjectiveFunction(new double[n], 0), new LinearConstraintSet(cons),
          GoalType.MINIMIZE, new NonNegativeConstraint(true));
      return true;
    } catch (NoFeasibleSolutionException e) {
      return false;
    }
  }
}
