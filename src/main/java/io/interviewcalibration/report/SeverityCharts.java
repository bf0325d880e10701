package io.interviewcalibration.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The interviewer charts: a caterpillar of severities with 95% intervals (flagged interviewers
 * highlighted) and severity by period with intervals. Colours from the Okabe–Ito palette, which
 * stays distinguishable under the common colour-vision deficiencies (Okabe &amp; Ito 2008).
 */
final class SeverityCharts {
  static final Color VERMILLION = new Color(0xD5, 0x5E, 0x00);
  static final Color BLUE = new Color(0x00, 0x72, 0xB2);
  static final Color GREY = new Color(0x99, 0x99, 0x99);
  /** Okabe–Ito colours for lines, in order. */
  static final Color[] LINES = {new Color(0xE6, 0x9F, 0x00), new Color(0x56, 0xB4, 0xE9), new Color(0x00, 0x9E, 0x73),
      new Color(0xCC, 0x79, 0xA7), BLUE, VERMILLION, new Color(0xF0, 0xE4, 0x42), Color.BLACK};

  private SeverityCharts() {}

  /**
   * One point of the caterpillar.
   *
   * @param interviewer label
   * @param severity severity
   * @param halfWidth half the 95% interval
   * @param group 0 harsh, 1 lenient, 2 not flagged
   */
  record Point(String interviewer, double severity, double halfWidth, int group) {}

  /** Severity with intervals, one row per interviewer from harshest to most lenient. */
  static JFreeChart caterpillar(String title, String subtitle, List<Point> points, double threshold) {
    DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
    String[] groups = {"harsh", "lenient", "not flagged"};
    for (Point p : points) {
      for (int g = 0; g < 3; g++) {
        data.add(p.group() == g ? p.severity() : null, p.group() == g ? p.halfWidth() : null, groups[g],
            p.interviewer());
      }
    }
    StatisticalLineAndShapeRenderer r = new StatisticalLineAndShapeRenderer(false, true);
    Color[] colours = {VERMILLION, BLUE, GREY};
    for (int g = 0; g < 3; g++) {
      r.setSeriesPaint(g, colours[g]);
      r.setSeriesShape(g, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
    }
    r.setErrorIndicatorStroke(new BasicStroke(1.4f));
    CategoryAxis ivAxis = new CategoryAxis("Interviewer");
    ivAxis.setTickLabelFont(new Font("SansSerif", Font.PLAIN, 9));
    ivAxis.setCategoryMargin(0.05);
    NumberAxis sevAxis = new NumberAxis("Severity, rating points (95% interval); > 0 = harsher, < 0 = more lenient");
    sevAxis.setAutoRangeIncludesZero(true);
    CategoryPlot plot = new CategoryPlot(data, ivAxis, sevAxis, r);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
    plot.addRangeMarker(new ValueMarker(0, Color.BLACK, new BasicStroke(1f)));
    BasicStroke dashed = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f);
    plot.addRangeMarker(new ValueMarker(threshold, GREY, dashed));
    plot.addRangeMarker(new ValueMarker(-threshold, GREY, dashed));
    JFreeChart chart = new JFreeChart(title, new Font("SansSerif", Font.BOLD, 14), plot, true);
    chart.addSubtitle(new TextTitle(subtitle, new Font("SansSerif", Font.PLAIN, 10)));
    chart.setBackgroundPaint(Color.WHITE);
    return chart;
  }

  /**
   * One line of the drift chart.
   *
   * @param interviewer label
   * @param x period positions (0-based index into the period labels)
   * @param severity severities
   * @param low interval lows
   * @param high interval highs
   * @param enough whether each point rests on at least the minimum scorecards (else drawn hollow)
   */
  record Line(String interviewer, int[] x, double[] severity, double[] low, double[] high, boolean[] enough) {}

  /** Severity by period, a line with interval whiskers per interviewer. */
  static JFreeChart drift(String title, String subtitle, List<String> periods, List<Line> lines) {
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      YIntervalSeries s = new YIntervalSeries(l.interviewer());
      double offset = lines.size() == 1 ? 0 : 0.12 * (i - (lines.size() - 1) / 2.0) / Math.max(1, lines.size() - 1) * 2;
      for (int k = 0; k < l.x().length; k++) {
        s.add(l.x()[k] + offset, l.severity()[k], l.low()[k], l.high()[k]);
      }
      data.addSeries(s);
    }
    XYErrorRenderer r = new XYErrorRenderer() {
      @Override
      public boolean getItemShapeFilled(int series, int item) {
        return lines.get(series).enough()[item];
      }
    };
    r.setUseOutlinePaint(false);
    r.setDrawOutlines(true);
    r.setDrawXError(false);
    r.setDrawYError(true);
    r.setDefaultLinesVisible(true);
    r.setDefaultShapesVisible(true);
    r.setErrorStroke(new BasicStroke(1.2f));
    for (int i = 0; i < lines.size(); i++) {
      Color c = LINES[i % LINES.length];
      r.setSeriesPaint(i, c);
      r.setSeriesStroke(i, new BasicStroke(2f));
      r.setSeriesShape(i, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
    }
    SymbolAxis x = new SymbolAxis("Period", periods.toArray(new String[0]));
    x.setGridBandsVisible(false);
    NumberAxis y = new NumberAxis("Severity (rating points), > 0 = harsher");
    y.setAutoRangeIncludesZero(true);
    XYPlot plot = new XYPlot(data, x, y, r);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
    plot.setDomainGridlinesVisible(false);
    plot.addRangeMarker(new ValueMarker(0, Color.BLACK, new BasicStroke(1f)));
    JFreeChart chart = new JFreeChart(title, new Font("SansSerif", Font.BOLD, 14), plot, true);
    chart.addSubtitle(new TextTitle(subtitle, new Font("SansSerif", Font.PLAIN, 10)));
    chart.setBackgroundPaint(Color.WHITE);
    return chart;
  }
}
