package io.interviewcalibration.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/** The workbook's cell styles, created once per workbook. */
public final class Styles {
  public final CellStyle title;
  public final CellStyle subtitle;
  public final CellStyle header;
  public final CellStyle text;
  public final CellStyle wrap;
  public final CellStyle integer;
  public final CellStyle decimal;
  public final CellStyle percent;
  public final CellStyle label;
  public final CellStyle note;
  public final CellStyle link;

  public Styles(Workbook wb) {
    Font titleFont = wb.createFont();
    titleFont.setBold(true);
    titleFont.setFontHeightInPoints((short) 16);
    title = wb.createCellStyle();
    title.setFont(titleFont);

    Font subFont = wb.createFont();
    subFont.setBold(true);
    subFont.setFontHeightInPoints((short) 12);
    subtitle = wb.createCellStyle();
    subtitle.setFont(subFont);

    Font headFont = wb.createFont();
    headFont.setBold(true);
    headFont.setColor(IndexedColors.WHITE.getIndex());
    header = wb.createCellStyle();
    header.setFont(headFont);
    header.setFillForegroundColor(IndexedColors.GREY_80_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setWrapText(true);
    header.setBorderBottom(BorderStyle.THIN);

    text = wb.createCellStyle();
    wrap = wb.createCellStyle();
    wrap.setWrapText(true);
    integer = wb.createCellStyle();
    integer.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
    decimal = wb.createCellStyle();
    decimal.setDataFormat(wb.createDataFormat().getFormat("0.00"));
    percent = wb.createCellStyle();
    percent.setDataFormat(wb.createDataFormat().getFormat("0%"));

    Font bold = wb.createFont();
    bold.setBold(true);
    label = wb.createCellStyle();
    label.setFont(bold);

    Font grey = wb.createFont();
    grey.setItalic(true);
    grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
    note = wb.createCellStyle();
    note.setFont(grey);

    Font linkFont = wb.createFont();
    linkFont.setUnderline(Font.U_SINGLE);
    linkFont.setColor(IndexedColors.BLUE.getIndex());
    link = wb.createCellStyle();
    link.setFont(linkFont);
  }
}
