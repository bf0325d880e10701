package io.interviewcalibration.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

/**
 * Renders JFreeChart charts to PNG at print resolution, keeps them for {@code charts/*.png} and
 * embeds each in its sheet next to its table.
 */
public final class Charts {
  /** Pixels per point of the chart's size: 2 gives ~144 dpi in print. */
  public static final double SCALE = 2.0;

  private final Map<String, byte[]> pngs = new LinkedHashMap<>();

  /**
   * Renders {@code chart} as {@code charts/<name>.png} and places it on {@code sheet} with its top
   * left corner at (row, col), spanning {@code width} × {@code height} points of the sheet's
   * current column widths and row heights: set those before placing the chart.
   *
   * @param width width in points
   * @param height height in points
   */
  public void place(XSSFSheet sheet, String name, JFreeChart chart, int row, int col, int width, int height)
      throws IOException {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ChartUtils.writeScaledChartAsPNG(png, chart, width, height, (int) SCALE, (int) SCALE);
    byte[] bytes = png.toByteArray();
    pngs.put(name + ".png", bytes);
    Workbook wb = sheet.getWorkbook();
    int picture = wb.addPicture(bytes, Workbook.PICTURE_TYPE_PNG);
    XSSFDrawing drawing = sheet.getDrawingPatriarch() != null ? sheet.getDrawingPatriarch() : sheet.createDrawingPatriarch();
    XSSFClientAnchor anchor = new XSSFClientAnchor();
    anchor.setRow1(row);
    anchor.setCol1(col);
    // the far corner from the sheet's column widths and row heights (POI's Picture.resize gives a
    // zero width for a fresh anchor, so the span is computed here)
    long left = (long) width * EMU_PER_POINT;
    int c = col;
    for (long w = columnEmu(sheet, c); left >= w; w = columnEmu(sheet, c)) {
      left -= w;
      c++;
    }
    anchor.setCol2(c);
    anchor.setDx2((int) left);
    long down = (long) height * EMU_PER_POINT;
    int r = row;
    for (long h = rowEmu(sheet, r); down >= h; h = rowEmu(sheet, r)) {
      down -= h;
      r++;
    }
    anchor.setRow2(r);
    anchor.setDy2((int) down);
    anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
    drawing.createPicture(anchor, picture);
  }

  private static final int EMU_PER_POINT = 12_700;
  private static final int EMU_PER_PIXEL = 9_525;

  private static long columnEmu(XSSFSheet sheet, int col) {
    return Math.max(1, Math.round(sheet.getColumnWidthInPixels(col) * EMU_PER_PIXEL));
  }

  private static long rowEmu(XSSFSheet sheet, int row) {
    org.apache.poi.ss.usermodel.Row r = sheet.getRow(row);
    float points = r == null ? sheet.getDefaultRowHeightInPoints() : r.getHeightInPoints();
    return Math.max(1, Math.round(points * EMU_PER_POINT));
  }

  /** The rendered charts, by file name. */
  public Map<String, byte[]> pngs() {
    return pngs;
  }

  /** Writes every chart through {@code open}. */
  public void writeAll(PngSink open) throws IOException {
    for (Map.Entry<String, byte[]> e : pngs.entrySet()) {
      try (OutputStream os = open.create("charts/" + e.getKey())) {
        os.write(e.getValue());
      }
    }
  }

  /** Opens an output stream for a run-folder file. */
  public interface PngSink {
    OutputStream create(String relative) throws IOException;
  }
}
