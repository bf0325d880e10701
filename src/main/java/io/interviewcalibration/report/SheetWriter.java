package io.interviewcalibration.report;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Writes cells row by row. Text is always written as a string cell, never as a formula, so that
 * a value copied from an export (say {@code =HYPERLINK(...)}) is shown as the text it is.
 */
public final class SheetWriter {
  private final Sheet sheet;
  private final Styles styles;
  private int row;

  public SheetWriter(Sheet sheet, Styles styles) {
    this.sheet = sheet;
    this.styles = styles;
  }

  public Sheet sheet() {
    return sheet;
  }

  public int rowIndex() {
    return row;
  }

  public SheetWriter skip(int rows) {
    row += rows;
    return this;
  }

  private Row next() {
    Row r = sheet.getRow(row);
    return r == null ? sheet.createRow(row) : r;
  }

  /** One row of text cells in a style. */
  public SheetWriter line(CellStyle style, String... values) {
    Row r = next();
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        Cell c = r.createCell(i);
        c.setCellValue(values[i]);
        c.setCellStyle(style);
      }
    }
    row++;
    return this;
  }

  /** A table header row. */
  public SheetWriter header(List<String> names) {
    return line(styles.header, names.toArray(new String[0]));
  }

  /**
   * A data row: {@link Number}s become numeric cells in the given styles (by column; null = the
   * integer or decimal default), anything else a string cell.
   */
  public SheetWriter values(List<?> values, CellStyle... numberStyles) {
    Row r = next();
    for (int i = 0; i < values.size(); i++) {
      Object v = values.get(i);
      if (v == null) {
        continue;
      }
      Cell c = r.createCell(i);
      if (v instanceof Number n) {
        double d = n.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
          continue;
        }
        c.setCellValue(d);
        CellStyle s = i < numberStyles.length && numberStyles[i] != null ? numberStyles[i]
            : (v instanceof Integer || v instanceof Long) ? styles.integer : styles.decimal;
        c.setCellStyle(s);
      } else {
        c.setCellValue(String.valueOf(v));
        c.setCellStyle(styles.text);
      }
    }
    row++;
    return this;
  }

  public void widths(int... chars) {
    for (int i = 0; i < chars.length; i++) {
      sheet.setColumnWidth(i, Math.min(255, chars[i]) * 256);
    }
  }
}
