package io.interviewcalibration.report;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The finishing pass over every sheet once its content is written, so that each sheet reads on
 * screen and on paper the same way whichever section wrote it:
 *
 * <ul>
 *   <li>a paragraph (a row whose only cell is a long text in the first column) is wrapped across
 *       the width of the sheet's tables, as tall as its text needs, instead of running off to the
 *       right and shrinking the printed page;
 *   <li>the main table (the longest one) gets an autofilter, and its header row repeats on printed
 *       pages when the table starts near the top;
 *   <li>the title rows (or the main table's header, when it is near the top) are frozen;
 *   <li>print setup: A4 landscape, fitted to the page width, as many pages down as needed.
 * </ul>
 */
final class Layout {
  /** A table's header starting at or above this row counts as near the top. */
  static final int NEAR_TOP = 12;
  /** Width of a character of the notes' font relative to Excel's column-width unit. */
  private static final double CHAR_FACTOR = 1.05;
  /**
   * Room for a wider substitute font: where Calibri is missing (LibreOffice on Linux), text and
   * column widths render about 15% wider, and a sheet scaled to the exact width would spill a
   * column onto a second page.
   */
  private static final double FONT_SLACK = 1.15;

  private final XSSFWorkbook wb;
  private final Styles styles;
  /** Wrapped twins of the styles used by paragraphs, created once per workbook. */
  private final Map<Short, CellStyle> wrapped = new HashMap<>();

  Layout(XSSFWorkbook wb, Styles styles) {
    this.wb = wb;
    this.styles = styles;
  }

  void apply() {
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      XSSFSheet sheet = wb.getSheetAt(i);
      int last = tableWidth(sheet);
      wrapParagraphs(sheet, last);
      Table main = mainTable(sheet);
      if (main != null && main.rows() >= 2) {
        sheet.setAutoFilter(new CellRangeAddress(main.header(), main.header() + main.rows(), 0, main.lastColumn()));
      }
      if (main != null && main.header() <= NEAR_TOP) {
        sheet.createFreezePane(0, main.header() + 1);
        sheet.setRepeatingRows(new CellRangeAddress(main.header(), main.header(), -1, -1));
      } else if (sheet.getLastRowNum() > 40) {
        sheet.createFreezePane(0, 1);
      }
      PrintSetup ps = sheet.getPrintSetup();
      ps.setLandscape(true);
      ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
      // an explicit scale that fits the width, as many pages down as the sheet needs (spreadsheet
      // programs differ in how they read "fit to 1 page wide, any number tall")
      sheet.setFitToPage(false);
      ps.setScale((short) Math.max(10, Math.min(100,
          Math.floor(100 * PageBreaks.PRINT_WIDTH / (FONT_SLACK * widthPoints(sheet, last))))));
      sheet.setHorizontallyCenter(false);
    }
  }

  /** Width in points of columns 0..last, or of the rightmost picture if that is wider. */
  private static double widthPoints(XSSFSheet sheet, int last) {
    int lastColumn = last;
    if (sheet.getDrawingPatriarch() != null) {
      for (var shape : sheet.getDrawingPatriarch().getShapes()) {
        if (shape.getAnchor() instanceof org.apache.poi.xssf.usermodel.XSSFClientAnchor a) {
          lastColumn = Math.max(lastColumn, a.getCol2());
        }
      }
    }
    double points = 0;
    for (int c = 0; c <= lastColumn; c++) {
      points += sheet.getColumnWidthInPixels(c) * 0.75;
    }
    return points;
  }

  /** The last column of the widest table on the sheet (at least 5 columns wide). */
  private static int tableWidth(XSSFSheet sheet) {
    int last = 4;
    for (Row r : sheet) {
      if (r.getPhysicalNumberOfCells() >= 2) {
        last = Math.max(last, r.getLastCellNum() - 1);
      }
    }
    return last;
  }

  private void wrapParagraphs(XSSFSheet sheet, int last) {
    for (Row r : sheet) {
      if (r.getPhysicalNumberOfCells() != 1 || r.getFirstCellNum() != 0) {
        continue;
      }
      Cell cell = r.getCell(0);
      if (cell.getCellType() != CellType.STRING) {
        continue;
      }
      CellRangeAddress region = mergedAt(sheet, r.getRowNum());
      if (region != null && (region.getFirstColumn() != 0 || region.getFirstRow() != region.getLastRow())) {
        continue;
      }
      String text = cell.getStringCellValue();
      Font font = wb.getFontAt(cell.getCellStyle().getFontIndex());
      double scale = font.getFontHeightInPoints() / 11.0;
      int to = region == null ? last : region.getLastColumn();
      double width = 0;
      for (int c = 0; c <= to; c++) {
        width += sheet.getColumnWidth(c) / 256.0;
      }
      double needed = text.length() * CHAR_FACTOR * scale;
      if (font.getFontHeightInPoints() > 12 || needed <= sheet.getColumnWidth(0) / 256.0
          || (region != null && cell.getCellStyle().getWrapText())) {
        continue;
      }
      if (region == null) {
        sheet.addMergedRegion(new CellRangeAddress(r.getRowNum(), r.getRowNum(), 0, last));
      }
      cell.setCellStyle(wrappedTwin(cell.getCellStyle()));
      int lines = 0;
      for (String part : text.split("\n", -1)) {
        lines += Math.max(1, (int) Math.ceil(part.length() * CHAR_FACTOR * scale / width));
      }
      float lineHeight = Math.max(12.75f, font.getFontHeightInPoints() * 1.3f);
      r.setHeightInPoints(Math.max(r.getHeightInPoints(), lines * lineHeight + 2));
    }
  }

  private CellStyle wrappedTwin(CellStyle style) {
    if (style.getWrapText()) {
      return style;
    }
    return wrapped.computeIfAbsent(style.getIndex(), k -> {
      CellStyle s = wb.createCellStyle();
      s.cloneStyleFrom(style);
      s.setWrapText(true);
      s.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
      return s;
    });
  }

  private static CellRangeAddress mergedAt(XSSFSheet sheet, int row) {
    for (CellRangeAddress m : sheet.getMergedRegions()) {
      if (m.getFirstRow() <= row && row <= m.getLastRow()) {
        return m;
      }
    }
    return null;
  }

  /** A table: its header row, the number of data rows under it, its last column. */
  record Table(int header, int rows, int lastColumn) {}

  /** The table with the most data rows; a table is a header-styled row and the rows under it. */
  Table mainTable(XSSFSheet sheet) {
    Table best = null;
    for (Row r : sheet) {
      Cell c = r.getCell(r.getFirstCellNum() < 0 ? 0 : r.getFirstCellNum());
      if (c == null || !isHeader(c.getCellStyle())) {
        continue;
      }
      int n = 0;
      int next = r.getRowNum() + 1;
      while (sheet.getRow(next) != null && sheet.getRow(next).getPhysicalNumberOfCells() >= 2) {
        Cell first = sheet.getRow(next).getCell(sheet.getRow(next).getFirstCellNum());
        if (first != null && isHeader(first.getCellStyle())) {
          break;
        }
        n++;
        next++;
      }
      if (best == null || n > best.rows()) {
        best = new Table(r.getRowNum(), n, r.getLastCellNum() - 1);
      }
    }
    return best;
  }

  private boolean isHeader(CellStyle s) {
    return s.getIndex() == styles.header.getIndex()
        || (s.getFillPattern() == org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND
            && wb.getFontAt(s.getFontIndex()).getBold());
  }
}
