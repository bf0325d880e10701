package io.interviewcalibration.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.Units;
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
   * left corner at (row, col).
   *
   * @param width width in points
   * @param height height in points
   * @return the rows below {@code row} the picture covers, plus one row of space: skip these
   */
  public int place(XSSFSheet sheet, String name, JFreeChart chart, int row, int col, int width, int height)
      throws IOException {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ChartUtils.writeScaledChartAsPNG(png, chart, width, height, (int) SCALE, (int) SCALE);
    byte[] bytes = png.toByteArray();
    pngs.put(name + ".png", bytes);
    Workbook wb = sheet.getWorkbook();
    int picture = wb.addPicture(bytes, Workbook.PICTURE_TYPE_PNG);
    XSSFDrawing drawing = sheet.getDrawingPatriarch() != null ? sheet.getDrawingPatriarch() : sheet.createDrawingPatriarch();
    XSSFClientAnchor anchor = anchor(sheet, row, col, width, height);
    drawing.createPicture(anchor, picture);
    return anchor.getRow2() - row + 2;
  }

  /**
   * The two-cell anchor of a picture of {@code width} × {@code height} points whose top left
   * corner is at (row, col), walking the sheet's current column widths and row heights (set the
   * widths before placing). POI's {@code Picture.resize} is not used: it gives a picture placed
   * on the first column no width.
   */
  static XSSFClientAnchor anchor(XSSFSheet sheet, int row, int col, int width, int height) {
    XSSFClientAnchor anchor = new XSSFClientAnchor();
    anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
    anchor.setCol1(col);
    anchor.setRow1(row);
    anchor.setDx1(0);
    anchor.setDy1(0);
    long left = (long) width * Units.EMU_PER_POINT;
    int c = col;
    while (true) {
      long w = Math.round(sheet.getColumnWidthInPixels(c) * Units.EMU_PER_PIXEL);
      if (left <= w) {
        break;
      }
      left -= w;
      c++;
    }
    anchor.setCol2(c);
    anchor.setDx2((int) left);
    long down = (long) height * Units.EMU_PER_POINT;
    int r = row;
    while (true) {
      org.apache.poi.ss.usermodel.Row rr = sheet.getRow(r);
      float points = rr == null ? sheet.getDefaultRowHeightInPoints() : rr.getHeightInPoints();
      long h = Math.round(points * Units.EMU_PER_POINT);
      if (down <= h) {
        break;
      }
      down -= h;
      r++;
    }
    anchor.setRow2(r);
    anchor.setDy2((int) down);
    return anchor;
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
