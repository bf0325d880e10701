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
import org.apache.poi.xssf.usermodel.XSSFPicture;
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
    anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
    // resize() takes the image's own pixel size; resize(s) then scales the current anchor, so the
    // picture ends up at the chart's nominal size (resize(s) alone would scale an empty anchor)
    XSSFPicture pic = drawing.createPicture(anchor, picture);
    pic.resize();
    pic.resize(1.0 / SCALE);
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
