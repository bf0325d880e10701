package io.interviewcalibration.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** The Agreement sheet's charts: alpha per competency with intervals, and D-study curves. */
final class AgreementCharts {
  /** Okabe–Ito colours (colour-blind safe), the darker ones first; grey and black last. */
  static final Color[] OKABE_ITO = {
    new Color(0x00, 0x72, 0xB2), // blue
    new Color(0xD5, 0x5E, 0x00), // vermillion
    new Color(0x00, 0x9E, 0x73), // bluish green
    new Color(0xCC, 0x79, 0xA7), // reddish purple
    new Color(0xE6, 0x9F, 0x00), // orange
    new Color(0x56, 0xB4, 0xE9), // sky blue
    new Color(0x99, 0x99, 0x99), // grey (yellow, the palette's last hue, is too faint for lines on white)
    Color.BLACK,
  };
  private static final Color GREY = new Color(0x59, 0x59, 0x59);
  private static final Font TITLE = new Font("DejaVu Sans", Font.BOLD, 13);
  private static final Font SUBTITLE = new Font("DejaVu Sans", Font.PLAIN, 10);
  private static final Font TICK = new Font("DejaVu Sans", Font.PLAIN, 10);
  private static final Font LABEL = new Font("DejaVu Sans", Font.PLAIN, 11);

  private AgreementCharts() {}

  /**
   * One estimate with its interval, for a chart.
   *
   * @param label category label
   * @param value estimate, or NaN to leave the row empty
   * @param low lower end, or NaN
   * @param high upper end, or NaN
   */
  record Point(String label, double value, double low, double high) {}

  /**
   * Alpha per competency as dots with 95% interval whiskers, with the .667 and .800 band lines;
   * categories from top to bottom in the given order.
   */
  static JFreeChart alpha(String title, String subtitle, List<Point> points) {
    int n = points.size();
    String[] labels = new String[n];
    YIntervalSeries series = new YIntervalSeries("alpha");
    for (int i = 0; i < n; i++) {
      Point p = points.get(i);
      int x = n - 1 - i; // first category at the top
      labels[x] = p.label();
      if (!Double.isNaN(p.value())) {
        double lo = Double.isNaN(p.low()) ? p.value() : p.low();
        double hi = Double.isNaN(p.high()) ? p.value() : p.high();
        series.add(x, p.value(), lo, hi);
      }
    }
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    data.addSeries(series);
    SymbolAxis categories = new SymbolAxis(null, labels);
    categories.setTickLabelFont(TICK);
    categories.setGridBandsVisible(false);
    categories.setRange(-0.6, n - 0.4);
    NumberAxis alphaAxis = new NumberAxis("Krippendorff's alpha (interval metric)");
    alphaAxis.setLabelFont(LABEL);
    alphaAxis.setTickLabelFont(TICK);
    double min = 0;
    for (Point p : points) {
      if (!Double.isNaN(p.low())) {
        min = Math.min(min, Math.floor(p.low() * 10) / 10);
      }
    }
    alphaAxis.setRange(min, 1.0);
    alphaAxis.setTickUnit(new NumberTickUnit(0.1));
    XYErrorRenderer r = new XYErrorRenderer();
    r.setDrawXError(false);
    r.setDrawYError(true);
    r.setErrorPaint(OKABE_ITO[0]);
    r.setErrorStroke(new BasicStroke(2f));
    r.setCapLength(6);
    r.setSeriesPaint(0, OKABE_ITO[0]);
    r.setSeriesShape(0, new Ellipse2D.Double(-4.5, -4.5, 9, 9));
    r.setDefaultLinesVisible(false);
    r.setDefaultShapesVisible(true);
    XYPlot plot = new XYPlot(data, categories, alphaAxis, r);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
    plot.setDomainGridlinesVisible(false);
    plot.setOutlineVisible(false);
    plot.addRangeMarker(region(min, 2.0 / 3, "unreliable", new Color(0xFF, 0xFF, 0xFF, 0), RectangleAnchor.BOTTOM,
        TextAnchor.BOTTOM_CENTER), Layer.BACKGROUND);
    plot.addRangeMarker(region(2.0 / 3, 0.8, "tentative", new Color(0xE6, 0x9F, 0x00, 45), RectangleAnchor.BOTTOM_LEFT,
        TextAnchor.BOTTOM_LEFT), Layer.BACKGROUND);
    plot.addRangeMarker(region(0.8, 1.0, "reliable", new Color(0x00, 0x9E, 0x73, 45), RectangleAnchor.BOTTOM_RIGHT,
        TextAnchor.BOTTOM_RIGHT), Layer.BACKGROUND);
    plot.addRangeMarker(line(2.0 / 3), Layer.FOREGROUND);
    plot.addRangeMarker(line(0.8), Layer.FOREGROUND);
    return chart(title, subtitle, plot, false);
  }

  /**
   * One curve per competency: the reliability of a panel's mean against panel size 1..8, points
   * with interval whiskers (offset a little per curve so that they do not hide each other), and
   * the target line.
   *
   * @param curves per curve a label and the 8 reliabilities with their intervals
   */
  static JFreeChart dStudy(String title, String subtitle, List<Curve> curves, double target) {
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    int n = curves.size();
    for (int c = 0; c < n; c++) {
      Curve curve = curves.get(c);
      YIntervalSeries s = new YIntervalSeries(curve.label());
      double offset = n == 1 ? 0 : (c - (n - 1) / 2.0) * (0.5 / n);
      for (int k = 0; k < curve.reliability().length; k++) {
        double v = curve.reliability()[k];
        if (Double.isNaN(v)) {
          continue;
        }
        double lo = Double.isNaN(curve.low()[k]) ? v : curve.low()[k];
        double hi = Double.isNaN(curve.high()[k]) ? v : curve.high()[k];
        s.add(k + 1 + offset, v, lo, hi);
      }
      data.addSeries(s);
    }
    NumberAxis panel = new NumberAxis("Interviewers per candidate (panel size)");
    panel.setLabelFont(LABEL);
    panel.setTickLabelFont(TICK);
    panel.setRange(0.5, 8.5);
    panel.setTickUnit(new NumberTickUnit(1));
    NumberAxis rel = new NumberAxis("Reliability of the panel mean");
    rel.setLabelFont(LABEL);
    rel.setTickLabelFont(TICK);
    rel.setRange(0, 1);
    rel.setTickUnit(new NumberTickUnit(0.1));
    XYErrorRenderer r = new XYErrorRenderer();
    r.setDrawXError(false);
    r.setDrawYError(true);
    r.setCapLength(3);
    r.setDefaultLinesVisible(true);
    r.setDefaultShapesVisible(true);
    for (int c = 0; c < n; c++) {
      Color color = OKABE_ITO[c % OKABE_ITO.length];
      r.setSeriesPaint(c, color);
      r.setSeriesStroke(c, new BasicStroke(curves.get(c).emphasised() ? 3f : 1.6f));
      r.setSeriesShape(c, curves.get(c).emphasised() ? new Rectangle2D.Double(-3.5, -3.5, 7, 7)
          : new Ellipse2D.Double(-3, -3, 6, 6));
    }
    r.setErrorPaint(null); // whiskers in each curve's colour
    r.setErrorStroke(new BasicStroke(1f));
    XYPlot plot = new XYPlot(data, panel, rel, r);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
    plot.setDomainGridlinesVisible(false);
    plot.setOutlineVisible(false);
    ValueMarker t = new ValueMarker(target, GREY, new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
        BasicStroke.JOIN_MITER, 1f, new float[] {6f, 4f}, 0f));
    t.setLabel(String.format(Locale.ROOT, "target %.2f", target));
    t.setLabelFont(SUBTITLE);
    t.setLabelPaint(GREY);
    t.setLabelBackgroundColor(new Color(255, 255, 255, 0));
    t.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
    t.setLabelTextAnchor(TextAnchor.TOP_LEFT);
    t.setLabelOffset(new RectangleInsets(2, 4, 2, 2));
    plot.addRangeMarker(t, Layer.FOREGROUND);
    return chart(title, subtitle, plot, true);
  }

  /**
   * A D-study curve.
   *
   * @param label legend label
   * @param reliability Eρ²(k), k = 1..8
   * @param low lower interval ends
   * @param high upper interval ends
   * @param emphasised drawn thicker (the composite)
   */
  record Curve(String label, double[] reliability, double[] low, double[] high, boolean emphasised) {}

  /** A shaded band of the alpha axis, labelled at the bottom. */
  private static IntervalMarker region(double from, double to, String label, Color fill, RectangleAnchor anchor,
      TextAnchor text) {
    IntervalMarker m = new IntervalMarker(from, to, fill);
    m.setLabel(label);
    m.setLabelFont(SUBTITLE);
    m.setLabelPaint(GREY);
    m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
    m.setLabelFont(new Font("DejaVu Sans", Font.PLAIN, 9));
    m.setLabelAnchor(anchor);
    m.setLabelTextAnchor(text);
    m.setLabelOffset(new RectangleInsets(2, 1, 2, 1));
    return m;
  }

  private static ValueMarker line(double at) {
    return new ValueMarker(at, GREY, new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
        1f, new float[] {5f, 4f}, 0f));
  }

  private static JFreeChart chart(String title, String subtitle, XYPlot plot, boolean legend) {
    JFreeChart chart = new JFreeChart(title, TITLE, plot, legend);
    chart.setBackgroundPaint(Color.WHITE);
    TextTitle sub = new TextTitle(subtitle, SUBTITLE);
    sub.setPaint(GREY);
    sub.setPosition(RectangleEdge.TOP);
    chart.addSubtitle(sub);
    if (legend) {
      LegendTitle l = chart.getLegend();
      l.setItemFont(TICK);
      l.setFrame(BlockBorder.NONE);
      l.setPosition(RectangleEdge.BOTTOM);
    }
    return chart;
  }
}
