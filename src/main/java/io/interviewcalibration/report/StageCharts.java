package io.interviewcalibration.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XIntervalSeries;
import org.jfree.data.xy.XIntervalSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The charts of the Stages sheet, drawn with JFreeChart in the Okabe–Ito palette (safe for the
 * common forms of colour blindness) with distinct marker shapes, so no chart relies on colour
 * alone. Each takes plain values; the caller decides titles (which state the finding).
 */
public final class StageCharts {
  /** Okabe & Ito (2008), "Color Universal Design": blue, vermillion, bluish green, reddish purple, orange, sky blue, yellow, black. */
  public static final Color[] OKABE_ITO = {
    new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
    new Color(0xE69F00), new Color(0x56B4E9), new Color(0xF0E442), new Color(0x000000)};
  private static final Color GREY = new Color(0x999999);
  private static final Font TITLE = new Font("DejaVu Sans", Font.BOLD, 15);
  private static final Font SUBTITLE = new Font("DejaVu Sans", Font.PLAIN, 11);
  private static final Font LABEL = new Font("DejaVu Sans", Font.PLAIN, 12);
  private static final Font TICK = new Font("DejaVu Sans", Font.PLAIN, 11);

  private StageCharts() {}

  /**
   * One stage of the range chart: a label, the median and 0.9 quantile with their intervals
   * ({@code NaN} limits: no whisker on that side) and the SLA limit ({@code NaN}: none). A stage
   * whose figures are hidden (too few cases) has {@code NaN} median and p90 and is labelled so.
   */
  public record StageRange(String label, double median, double medianLow, double medianHigh,
      double p90, double p90Low, double p90High, double sla) {}

  /** Median and p90 days per stage, with 95% whiskers and the SLA limit, stages top to bottom. */
  public static JFreeChart stageRanges(String title, String subtitle, List<StageRange> stages) {
    XIntervalSeries median = new XIntervalSeries("Median (95% CI)");
    XIntervalSeries p90 = new XIntervalSeries("90th percentile (95% CI)");
    XIntervalSeries sla = new XIntervalSeries("SLA limit");
    String[] labels = new String[stages.size()];
    for (int i = 0; i < stages.size(); i++) {
      StageRange s = stages.get(i);
      labels[i] = s.label();
      if (!Double.isNaN(s.median())) {
        median.add(s.median(), orElse(s.medianLow(), s.median()), orElse(s.medianHigh(), s.median()), i - 0.12);
      }
      if (!Double.isNaN(s.p90())) {
        p90.add(s.p90(), orElse(s.p90Low(), s.p90()), orElse(s.p90High(), s.p90()), i + 0.12);
      }
      if (!Double.isNaN(s.sla())) {
        sla.add(s.sla(), s.sla(), s.sla(), i);
      }
    }
    XIntervalSeriesCollection data = new XIntervalSeriesCollection();
    data.addSeries(median);
    data.addSeries(p90);
    data.addSeries(sla);
    SymbolAxis stageAxis = new SymbolAxis(null, labels);
    stageAxis.setInverted(true);
    stageAxis.setRange(-0.6, stages.size() - 0.4);
    stageAxis.setGridBandsVisible(false);
    stageAxis.setTickLabelFont(LABEL);
    NumberAxis days = new NumberAxis("Days in stage (completed visits)");
    days.setAutoRangeIncludesZero(true);
    styleAxis(days);
    XYErrorRenderer r = new XYErrorRenderer();
    r.setDrawXError(true);
    r.setDrawYError(false);
    r.setDefaultLinesVisible(false);
    r.setCapLength(8);
    r.setErrorStroke(new BasicStroke(1.6f));
    r.setSeriesPaint(0, OKABE_ITO[0]);
    r.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
    r.setSeriesPaint(1, OKABE_ITO[1]);
    r.setSeriesShape(1, diamond(6.5));
    r.setSeriesPaint(2, Color.BLACK);
    r.setSeriesShape(2, new Rectangle2D.Double(-1.5, -11, 3, 22));
    XYPlot plot = new XYPlot(data, days, stageAxis, r);
    return finish(new JFreeChart(null, TITLE, plot, true), title, subtitle);
  }

  /**
   * Candidates reaching each stage, as horizontal bars labelled with the count and the conversion
   * from the previous stage; stages outside the process order in grey.
   *
   * @param labels stage labels, top to bottom
   * @param reached candidates reaching each stage
   * @param barLabels the text next to each bar
   * @param known whether each stage is in the process order
   */
  public static JFreeChart funnel(String title, String subtitle, List<String> labels, List<Long> reached,
      List<String> barLabels, List<Boolean> known) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (int i = 0; i < labels.size(); i++) {
      data.addValue(reached.get(i), "Candidates", labels.get(i));
    }
    BarRenderer r = new BarRenderer() {
      @Override
      public Paint getItemPaint(int row, int column) {
        return known.get(column) ? OKABE_ITO[5] : GREY;
      }
    };
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setMaximumBarWidth(0.12);
    r.setItemMargin(0);
    r.setDefaultItemLabelGenerator(new CategoryItemLabelGenerator() {
      @Override
      public String generateRowLabel(CategoryDataset d, int row) {
        return null;
      }

      @Override
      public String generateColumnLabel(CategoryDataset d, int column) {
        return null;
      }

      @Override
      public String generateLabel(CategoryDataset d, int row, int column) {
        return barLabels.get(column);
      }
    });
    r.setDefaultItemLabelsVisible(true);
    r.setDefaultItemLabelFont(TICK);
    r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    r.setItemLabelAnchorOffset(6);
    CategoryAxis stageAxis = new CategoryAxis(null);
    stageAxis.setTickLabelFont(LABEL);
    stageAxis.setMaximumCategoryLabelWidthRatio(0.35f);
    NumberAxis count = new NumberAxis("Candidates who reached the stage");
    count.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    count.setUpperMargin(0.45);
    styleAxis(count);
    CategoryPlot plot = new CategoryPlot(data, stageAxis, count, r);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    return finish(new JFreeChart(null, TITLE, plot, false), title, subtitle);
  }

  /** One line of the trend chart: a stage's median (and interval) per period; NaN = not shown. */
  public record Trend(String label, double[] median, double[] low, double[] high) {}

  /**
   * Median days per stage by period, one line per stage with 95% whiskers, the analysis window's
   * periods shaded.
   *
   * @param periods period labels, oldest first
   * @param windowFrom index of the first period of the window (or -1)
   * @param windowTo index of the last period of the window
   */
  public static JFreeChart trend(String title, String subtitle, String periodAxisLabel, List<String> periods,
      List<Trend> lines, int windowFrom, int windowTo) {
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    for (Trend t : lines) {
      YIntervalSeries s = new YIntervalSeries(t.label(), false, true);
      for (int i = 0; i < periods.size(); i++) {
        if (!Double.isNaN(t.median()[i])) {
          s.add(i, t.median()[i], orElse(t.low()[i], t.median()[i]), orElse(t.high()[i], t.median()[i]));
        }
      }
      data.addSeries(s);
    }
    SymbolAxis periodAxis = new SymbolAxis(periodAxisLabel, periods.toArray(new String[0]));
    periodAxis.setRange(-0.5, periods.size() - 0.5);
    periodAxis.setGridBandsVisible(false);
    periodAxis.setVerticalTickLabels(periods.size() > 12);
    periodAxis.setLabelFont(LABEL);
    periodAxis.setTickLabelFont(TICK);
    NumberAxis days = new NumberAxis("Median days in stage (completed visits)");
    days.setAutoRangeIncludesZero(true);
    styleAxis(days);
    XYErrorRenderer r = new XYErrorRenderer();
    r.setDrawXError(false);
    r.setDrawYError(true);
    r.setDefaultLinesVisible(true);
    r.setCapLength(5);
    Shape[] shapes = {new Ellipse2D.Double(-4, -4, 8, 8), diamond(5), new Rectangle2D.Double(-4, -4, 8, 8),
        triangle(5, true), triangle(5, false), new Ellipse2D.Double(-3, -3, 6, 6)};
    for (int i = 0; i < lines.size(); i++) {
      Color c = OKABE_ITO[i % OKABE_ITO.length];
      r.setSeriesPaint(i, c);
      r.setSeriesShape(i, shapes[i % shapes.length]);
      r.setSeriesStroke(i, new BasicStroke(2f));
    }
    r.setErrorStroke(new BasicStroke(1.2f));
    XYPlot plot = new XYPlot(data, periodAxis, days, r);
    if (windowFrom >= 0) {
      IntervalMarker window = new IntervalMarker(windowFrom - 0.5, windowTo + 0.5);
      window.setPaint(new Color(0xEEEEEE));
      window.setLabel("window");
      window.setLabelFont(TICK);
      window.setLabelAnchor(RectangleAnchor.TOP);
      window.setLabelTextAnchor(TextAnchor.TOP_CENTER);
      window.setLabelOffset(new RectangleInsets(4, 0, 0, 0));
      plot.addDomainMarker(window, Layer.BACKGROUND);
    }
    return finish(new JFreeChart(null, TITLE, plot, true), title, subtitle);
  }

  private static void styleAxis(NumberAxis axis) {
    axis.setLabelFont(LABEL);
    axis.setTickLabelFont(TICK);
    axis.setNumberFormatOverride(NumberFormat.getNumberInstance(Locale.ROOT));
  }

  private static JFreeChart finish(JFreeChart chart, String title, String subtitle) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.getPlot().setBackgroundPaint(Color.WHITE);
    if (chart.getPlot() instanceof XYPlot p) {
      p.setDomainGridlinePaint(new Color(0xDDDDDD));
      p.setRangeGridlinePaint(new Color(0xDDDDDD));
      p.setOutlineVisible(false);
    } else if (chart.getPlot() instanceof CategoryPlot p) {
      p.setRangeGridlinePaint(new Color(0xDDDDDD));
      p.setOutlineVisible(false);
    }
    TextTitle t = new TextTitle(title, TITLE);
    t.setHorizontalAlignment(HorizontalAlignment.LEFT);
    t.setPadding(new RectangleInsets(6, 8, 2, 8));
    chart.setTitle(t);
    if (subtitle != null && !subtitle.isEmpty()) {
      TextTitle sub = new TextTitle(subtitle, SUBTITLE);
      sub.setHorizontalAlignment(HorizontalAlignment.LEFT);
      sub.setPaint(new Color(0x444444));
      sub.setPadding(new RectangleInsets(0, 8, 6, 8));
      chart.addSubtitle(sub);
    }
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setItemFont(TICK);
      legend.setPosition(RectangleEdge.BOTTOM);
      legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
    }
    return chart;
  }

  private static double orElse(double v, double fallback) {
    return Double.isNaN(v) ? fallback : v;
  }

  private static Shape diamond(double s) {
    Path2D p = new Path2D.Double();
    p.moveTo(0, -s);
    p.lineTo(s, 0);
    p.lineTo(0, s);
    p.lineTo(-s, 0);
    p.closePath();
    return p;
  }

  private static Shape triangle(double s, boolean up) {
    Path2D p = new Path2D.Double();
    double d = up ? 1 : -1;
    p.moveTo(0, -s * d);
    p.lineTo(s, s * d);
    p.lineTo(-s, s * d);
    p.closePath();
    return p;
  }
}
