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
   * A little room on the right, so that a sheet scaled to the page width does not spill its last
   * column onto a second page when the printer's margins differ slightly.
   */
  private static final double FONT_SLACK = 1.2;

  private final XSSFWorkbook wb;
  private final Styles styles;
  /** Wrapped twins of the styles used by paragraphs, created once per workbook. */
  private final Map<Short, CellStyle> wrapped = new HashMap<>();

  Layout(XSSFWorkbook wb, Styles styles) {
    this.wb = wb;
    this.styles = styles;
  }

  void apply() {
    fonts();
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      XSSFSheet sheet = wb.getSheetAt(i);
      int last = tableWidth(sheet);
      wrapParagraphs(sheet, last);
      conditionalFormats(sheet);
      backLink(sheet, last);
      Table main = mainTable(sheet);
      if (main != null && main.rows() >= 2) {
        sheet.setAutoFilter(new CellRangeAddress(main.header(), main.header() + main.rows(), 0, main.lastColumn()));
      }
      if (main != null && main.header() <= NEAR_TOP) {
        sheet.createFreezePane(0, main.header() + 1);
        if (!sheet.getSheetName().equals("Summary")) {
          sheet.setRepeatingRows(new CellRangeAddress(main.header(), main.header(), -1, -1));
        }
      } else if (sheet.getLastRowNum() > 40) {
        sheet.createFreezePane(0, 1);
      }
      PrintSetup ps = sheet.getPrintSetup();
      ps.setLandscape(true);
      ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
      // an explicit scale that fits the width, as many pages down as the sheet needs (spreadsheet
      // programs differ in how they read "fit to 1 page wide, any number tall")
      // no fit-to-page element at all: with one present (even "false"), LibreOffice ignores the scale
      if (sheet.getCTWorksheet().isSetSheetPr() && sheet.getCTWorksheet().getSheetPr().isSetPageSetUpPr()) {
        sheet.getCTWorksheet().getSheetPr().unsetPageSetUpPr();
      }
      ps.setScale((short) Math.max(10, Math.min(100,
          Math.floor(100 * PageBreaks.PRINT_WIDTH / (FONT_SLACK * widthPoints(sheet, last))))));
      sheet.setHorizontallyCenter(false);
    }
  }

  /**
   * Arial everywhere, body text at 10 points: it renders with the same metrics in Excel and, as
   * Liberation Sans, in LibreOffice, so column widths, wrapping and print scaling hold in both
   * (Calibri has no metric twin on most Linux installations).
   */
  private void fonts() {
    for (int i = 0; i < wb.getNumberOfFonts(); i++) {
      Font f = wb.getFontAt(i);
      f.setFontName("Arial");
      if (f.getFontHeightInPoints() == 11) {
        f.setFontHeightInPoints((short) 10);
      }
    }
  }

  /** A link back to the Summary in the title row of every other sheet. */
  private void backLink(XSSFSheet sheet, int last) {
    if (sheet.getSheetName().equals("Summary") || wb.getSheet("Summary") == null) {
      return;
    }
    Row r = sheet.getRow(0) == null ? sheet.createRow(0) : sheet.getRow(0);
    if (r.getCell(last) != null) {
      return;
    }
    Cell c = r.createCell(last);
    c.setCellValue("← Summary");
    org.apache.poi.ss.usermodel.Hyperlink h = wb.getCreationHelper()
        .createHyperlink(org.apache.poi.common.usermodel.HyperlinkType.DOCUMENT);
    h.setAddress("'Summary'!A1");
    c.setHyperlink(h);
    c.setCellStyle(styles.link);
  }

  /**
   * Colours that read at a glance, on every table: reliability columns (alpha, ICC, kappa, AC1)
   * by Krippendorff's bands, severity on a diverging scale around 0, and flags by kind.
   */
  private void conditionalFormats(XSSFSheet sheet) {
    var cf = sheet.getSheetConditionalFormatting();
    for (Row r : sheet) {
      Cell first = r.getCell(Math.max(0, r.getFirstCellNum()));
      if (first == null || !isHeader(first.getCellStyle())) {
        continue;
      }
      int from = r.getRowNum() + 1;
      int to = from;
      while (sheet.getRow(to) != null && sheet.getRow(to).getPhysicalNumberOfCells() >= 2) {
        to++;
      }
      if (to == from) {
        continue;
      }
      for (Cell h : r) {
        if (h.getCellType() != CellType.STRING) {
          continue;
        }
        String name = h.getStringCellValue().toLowerCase(java.util.Locale.ROOT).replace('\n', ' ');
        CellRangeAddress[] range = {new CellRangeAddress(from, to - 1, h.getColumnIndex(), h.getColumnIndex())};
        if (name.startsWith("alpha") || name.startsWith("icc") || name.startsWith("kappa") || name.equals("ac1")) {
          var low = cf.createConditionalFormattingRule(org.apache.poi.ss.usermodel.ComparisonOperator.LT, "0.667");
          low.createPatternFormatting().setFillBackgroundColor(new org.apache.poi.xssf.usermodel.XSSFColor(
              new byte[] {(byte) 0xF6, (byte) 0xD5, (byte) 0xC0}, null));
          var mid = cf.createConditionalFormattingRule(org.apache.poi.ss.usermodel.ComparisonOperator.BETWEEN, "0.667",
              "0.7999999");
          mid.createPatternFormatting().setFillBackgroundColor(new org.apache.poi.xssf.usermodel.XSSFColor(
              new byte[] {(byte) 0xFA, (byte) 0xE6, (byte) 0xB8}, null));
          var high = cf.createConditionalFormattingRule(org.apache.poi.ss.usermodel.ComparisonOperator.GE, "0.8");
          high.createPatternFormatting().setFillBackgroundColor(new org.apache.poi.xssf.usermodel.XSSFColor(
              new byte[] {(byte) 0xC4, (byte) 0xE8, (byte) 0xDB}, null));
          cf.addConditionalFormatting(range, new org.apache.poi.ss.usermodel.ConditionalFormattingRule[] {low, mid, high});
        } else if (name.equals("severity")) {
          var scale = cf.createConditionalFormattingColorScaleRule();
          var cs = scale.getColorScaleFormatting();
          cs.setNumControlPoints(3);
          cs.getThresholds()[0].setRangeType(org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType.NUMBER);
          cs.getThresholds()[0].setValue(-1.0);
          cs.getThresholds()[1].setRangeType(org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType.NUMBER);
          cs.getThresholds()[1].setValue(0.0);
          cs.getThresholds()[2].setRangeType(org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType.NUMBER);
          cs.getThresholds()[2].setValue(1.0);
          ((org.apache.poi.xssf.usermodel.XSSFColorScaleFormatting) cs).setColors(new org.apache.poi.xssf.usermodel.XSSFColor[] {
              new org.apache.poi.xssf.usermodel.XSSFColor(new byte[] {(byte) 0x56, (byte) 0xB4, (byte) 0xE9}, null),
              new org.apache.poi.xssf.usermodel.XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF}, null),
              new org.apache.poi.xssf.usermodel.XSSFColor(new byte[] {(byte) 0xE6, (byte) 0x9F, (byte) 0x00}, null)});
          cf.addConditionalFormatting(range, scale);
        } else if (name.equals("flag")) {
          String cell = range[0].getFirstColumn() >= 0
              ? new org.apache.poi.ss.util.CellReference(from, h.getColumnIndex(), false, false).formatAsString() : "A1";
          var harsh = cf.createConditionalFormattingRule("ISNUMBER(SEARCH(\"harsh\"," + cell + "))");
          harsh.createPatternFormatting().setFillBackgroundColor(new org.apache.poi.xssf.usermodel.XSSFColor(
              new byte[] {(byte) 0xF6, (byte) 0xD5, (byte) 0xC0}, null));
          var lenient = cf.createConditionalFormattingRule("ISNUMBER(SEARCH(\"lenient\"," + cell + "))");
          lenient.createPatternFormatting().setFillBackgroundColor(new org.apache.poi.xssf.usermodel.XSSFColor(
              new byte[] {(byte) 0xCC, (byte) 0xE5, (byte) 0xF6}, null));
          cf.addConditionalFormatting(range, new org.apache.poi.ss.usermodel.ConditionalFormattingRule[] {harsh, lenient});
        }
      }
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
      double scale = font.getFontHeightInPoints() / 10.0;
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
