package io.interviewcalibration.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Keeps blocks of rows (a table with its title, a chart) on one printed page where they fit: a
 * row break is inserted before a block that would run over the end of a page. The page is the
 * workbook's print setup (A4 landscape, default margins, fitted to the page width), so its height
 * in sheet points grows as the sheet gets wider.
 */
public final class PageBreaks {
  /** Printable A4 landscape width and height in points with Excel's default margins. */
  static final double PRINT_WIDTH = 842 - 2 * 0.7 * 72;
  static final double PRINT_HEIGHT = 595 - 2 * 0.75 * 72;

  private final List<int[]> blocks = new ArrayList<>();

  /** Registers a block of rows {@code [first, end)}, in sheet order. */
  public void block(int first, int end) {
    blocks.add(new int[] {first, end});
  }

  /** Inserts the row breaks on {@code sheet} (after its column widths are set). */
  public void apply(Sheet sheet, int lastColumn) {
    double widthPoints = 0;
    for (int c = 0; c <= lastColumn; c++) {
      widthPoints += sheet.getColumnWidthInPixels(c) * 0.75;
    }
    double scale = Math.min(1, PRINT_WIDTH / widthPoints);
    double page = PRINT_HEIGHT / scale;
    double used = 0;
    int at = 0;
    for (int[] b : blocks) {
      double gap = height(sheet, at, b[0]);
      double size = height(sheet, b[0], b[1]);
      if (used > 0 && used + gap + size > page) {
        sheet.setRowBreak(b[0] - 1);
        used = size;
      } else {
        used += gap + size;
      }
      at = b[1];
    }
  }

  private static double height(Sheet sheet, int from, int to) {
    double h = 0;
    for (int r = from; r < to; r++) {
      Row row = sheet.getRow(r);
      h += row == null ? sheet.getDefaultRowHeightInPoints() : row.getHeightInPoints();
    }
    return h;
  }
}
