package io.interviewcalibration.stats.severity;

import org.junit.jupiter.api.Test;

class ExploreSeverityTest {
  @Test
  void explore() {
    double[] base = new double[40];
    double[] drift = new double[40];
    for (int j : new int[] {1, 5, 9}) base[j] = 0.7;
    for (int j : new int[] {3, 7, 11}) base[j] = -0.7;
    drift[13] = 0.25;
    drift[15] = -0.25;
    long t0 = System.nanoTime();
    SampleLikeData data = new SampleLikeData(7, base, drift, 175);
    long t1 = System.nanoTime();
    SeverityFindings f = new SeverityEngine(Passes.of(data.blocks), SampleLikeData.settings(false)).run();
    long t2 = System.nanoTime();
    System.out.printf("gen %.2fs fit %.2fs passes %s%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9, f.passes());
    System.out.println("window " + f.windowFit().components() + " conv " + f.windowFit().converged() + " passes " + f.windowFit().passes());
    System.out.println("all " + f.allFit().components() + " conv " + f.allFit().converged() + " passes " + f.allFit().passes());
    for (InterviewerFinding i : f.interviewers()) {
      System.out.printf("%s n=%d sev=%.3f se=%.3f [%.2f,%.2f] %s %s mean=%.2f pass=%.2f adj=%.2f halo=%.2f panel=%.2f dec=%.2f lat50=%.1f%n", i.interviewer(), i.indicators().scorecards(),
          i.severity().severity(), i.severity().se(), i.severity().low(), i.severity().high(), i.severity().flag(), i.note(),
          i.indicators().meanRating(), i.indicators().passRate(), i.indicators().adjustedPassRate(), i.indicators().halo(),
          i.indicators().panelAgreement(), i.indicators().decisionAgreement(), i.indicators().latencyMedianHours());
    }
    System.out.println("team " + f.team());
    for (DriftFinding d : f.drift()) {
      System.out.printf("%s T=%d slope=%.3f se=%.3f q=%.3g change=%.2f shift=%.2f z=%.2f q=%.3g %s %s%n", d.interviewer(), d.periods(), d.slope(), d.slopeSe(), d.slopeQ(), d.change(), d.shift(), d.shiftZ(), d.shiftQ(), d.rule(), d.flag());
    }
    f.periods().stream().filter(p -> p.interviewer().equals("iv014") || p.interviewer().equals("iv002")).forEach(System.out::println);
    f.bias().stream().filter(b -> !b.flag().isEmpty()).forEach(System.out::println);
    System.out.println("bias cells " + f.bias().size() + " tested " + f.bias().stream().filter(b -> b.note() == null).count());
  }
}
