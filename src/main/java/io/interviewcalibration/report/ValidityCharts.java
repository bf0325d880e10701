package io.interviewcalibration.report;

import io.interviewcalibration.analysis.ValidityOutcome;
import io.interviewcalibration.analysis.ValidityResult;
import io.interviewcalibration.analysis.ValidityRow;
import io.interviewcalibration.config.Competency;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The Validity sheet's charts, as dot-and-whisker plots with the competencies down the side:
 * current versus suggested weights, and validity per competency per outcome. Colours are from the
 * Okabe–Ito palette and every series also has its own marker shape, so the charts read without
 * colour. Titles state the finding; values on fewer cases than the minimum n are left out.
 */
final class ValidityCharts {
  static final Color ORANGE = new Color(0xE6, 0x9F, 0x00);
  static final Color BLUE = new Color(0x00, 0x72, 0xB2);
  static final Color VERMILLION = new Color(0xD5, 0x5E, 0x00);
  static final Color GREEN = new Color(0x00, 0x9E, 0x73);
  private static final Font TITLE = new Font("SansSerif", Font.BOLD, 14);
  private static final Font SUBTITLE = new Font("SansSerif", Font.PLAIN, 11);
  private static final Font TICKS = new Font("SansSerif", Font.PLAIN, 11);

  private ValidityCharts() {}

  /** Current and suggested weight per competency, the suggested one with its 95% interval. */
  static JFreeChart weights(ValidityResult r) {
    ValidityOutcome o = r.primary();
    List<Competency> comps = r.rubric().competencies();
    YIntervalSeries current = new YIntervalSeries("Current weight");
    YIntervalSeries suggested = new YIntervalSeries("Suggested weight with 95% interval");
    List<String> raise = new ArrayList<>();
    List<String> lower = new ArrayList<>();
    int hidden = 0;
    for (int j = 0; j < comps.size(); j++) {
      Competency c = comps.get(j);
      current.add(j - 0.15, c.weight(), c.weight(), c.weight());
      Optional<ValidityRow> s = r.row(o, c.id(), "suggested_weight");
      if (s.isPresent() && s.get().shown()) {
        ValidityRow v = s.get();
        double lo = Double.isNaN(v.ciLow()) ? v.estimate() : v.ciLow();
        double hi = Double.isNaN(v.ciHigh()) ? v.estimate() : v.ciHigh();
        suggested.add(j + 0.15, v.estimate(), lo, hi);
      } else {
        hidden++;
      }
      String rec = r.row(o, c.id(), "weight_change").map(ValidityRow::recommendation).orElse("");
      if ("raise".equals(rec)) {
        raise.add(c.label());
      } else if ("lower".equals(rec)) {
        lower.add(c.label());
      }
    }
    String title;
    if (raise.isEmpty() && lower.isEmpty()) {
      title = "No weight change is clearly supported by " + o.label().toLowerCase(Locale.ROOT);
    } else {
      List<String> parts = new ArrayList<>();
      if (!raise.isEmpty()) {
        parts.add("raise " + join(raise));
      }
      if (!lower.isEmpty()) {
        parts.add("lower " + join(lower));
      }
      title = capitalise(o.label().toLowerCase(Locale.ROOT) + " data suggest: " + String.join("; ", parts));
    }
    String unit = r.rubric().weightTotal() == 100 ? "points of 100" : "share of 1";
    String sub = String.format(Locale.ROOT, "Non-negative fit on %s, %,d bootstrap replicates%s",
        o.label().toLowerCase(Locale.ROOT), r.replicates(o),
        hidden > 0 ? "; " + hidden + " competencies not shown (fewer than " + r.minN() + " cases or no estimate)" : "");
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    data.addSeries(current);
    data.addSeries(suggested);
    return dotPlot(title, sub, comps, data, "Weight (" + unit + ")",
        new Color[] {ORANGE, BLUE}, new Shape[] {diamond(5), circle(4)}, false);
  }

  /** Correlation of each competency with each outcome, with 95% intervals. */
  static JFreeChart validity(ValidityResult r) {
    List<Competency> comps = r.rubric().competencies();
    ValidityOutcome[] outcomes = ValidityOutcome.values();
    String[] names = {"Hired (the decision used the scores)", "Performance, among hires",
        "Retained 12 months, among hires"};
    double[] offset = {-0.22, 0, 0.22};
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    int hidden = 0;
    for (int k = 0; k < outcomes.length; k++) {
      YIntervalSeries s = new YIntervalSeries(names[k]);
      for (int j = 0; j < comps.size(); j++) {
        Optional<ValidityRow> v = r.row(outcomes[k], comps.get(j).id(), "r");
        if (v.isPresent() && v.get().shown() && !Double.isNaN(v.get().ciLow())) {
          s.add(j + offset[k], v.get().estimate(), v.get().ciLow(), v.get().ciHigh());
        } else {
          hidden++;
        }
      }
      data.addSeries(s);
    }
    ValidityOutcome primary = r.primary();
    List<ValidityRow> clear = comps.stream()
        .map(c -> r.row(primary, c.id(), "r"))
        .flatMap(Optional::stream)
        .filter(v -> v.shown() && v.ciLow() > 0)
        .sorted(Comparator.comparingDouble(ValidityRow::estimate).reversed())
        .limit(2)
        .toList();
    String title;
    if (clear.isEmpty()) {
      title = "No competency clearly predicts " + primary.label().toLowerCase(Locale.ROOT);
    } else {
      List<String> labels = clear.stream().map(v -> label(comps, v.predictor())).toList();
      title = (clear.size() == 1 ? "Strongest predictor of " : "Strongest predictors of ")
          + primary.label().toLowerCase(Locale.ROOT) + ": " + join(labels);
    }
    String sub = "Correlation r (point-biserial for hired and retention), uncorrected for range restriction"
        + (hidden > 0 ? "; " + hidden + " estimates not shown (fewer than " + r.minN() + " cases or no interval)" : "");
    return dotPlot(title, sub, comps, data, "Correlation with the outcome (r, 95% interval)",
        new Color[] {VERMILLION, BLUE, GREEN}, new Shape[] {square(4), circle(4), diamond(5)}, true);
  }

  private static JFreeChart dotPlot(String title, String subtitle, List<Competency> comps,
      YIntervalSeriesCollection data, String valueLabel, Color[] colours, Shape[] shapes, boolean zeroLine) {
    SymbolAxis names = new SymbolAxis(null, comps.stream().map(Competency::label).toArray(String[]::new));
    names.setInverted(true);
    names.setGridBandsVisible(false);
    names.setTickLabelFont(TICKS);
    names.setRange(-0.6, comps.size() - 0.4);
    NumberAxis values = new NumberAxis(valueLabel);
    values.setTickLabelFont(TICKS);
    values.setLabelFont(SUBTITLE);
    values.setAutoRangeIncludesZero(true);
    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDrawXError(false);
    renderer.setDrawYError(true);
    renderer.setErrorStroke(new BasicStroke(1.6f));
    renderer.setCapLength(6);
    renderer.setDefaultLinesVisible(false);
    renderer.setDefaultShapesVisible(true);
    for (int s = 0; s < colours.length; s++) {
      renderer.setSeriesPaint(s, colours[s]);
      renderer.setSeriesShape(s, shapes[s]);
      renderer.setSeriesFillPaint(s, colours[s]);
    }
    renderer.setErrorPaint(null);
    XYPlot plot = new XYPlot(data, names, values, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
    plot.setOutlineVisible(false);
    if (zeroLine) {
      ValueMarker zero = new ValueMarker(0, Color.GRAY, new BasicStroke(1f));
      plot.addRangeMarker(zero);
    }
    JFreeChart chart = new JFreeChart(title, TITLE, plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    TextTitle sub = new TextTitle(subtitle, SUBTITLE);
    sub.setPaint(Color.DARK_GRAY);
    chart.addSubtitle(sub);
    LegendTitle legend = chart.getLegend();
    legend.setPosition(RectangleEdge.BOTTOM);
    legend.setItemFont(SUBTITLE);
    legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
    return chart;
  }

  private static String label(List<Competency> comps, String id) {
    return comps.stream().filter(c -> c.id().equals(id)).map(Competency::label).findFirst().orElse(id);
  }

  static String join(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static Shape circle(double r) {
    return new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
  }

  private static Shape square(double r) {
    return new Rectangle2D.Double(-r, -r, 2 * r, 2 * r);
  }

  private static Shape diamond(double r) {
    Path2D.Double d = new Path2D.Double();
    d.moveTo(0, -r);
    d.lineTo(r, 0);
    d.lineTo(0, r);
    d.lineTo(-r, 0);
    d.closePath();
    return d;
  }
}
