package io.interviewcalibration.report;

import io.interviewcalibration.report.Finding.Status;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The Summary sheet's top half: headline figures with traffic lights, the findings as sentences
 * and the recommended actions, each linked to the sheet behind it; with a baseline, the change
 * since that run. The inputs and run details follow (written by {@link WorkbookWriter}).
 */
final class SummarySheet {
  /** Column widths in characters: area, figure, value, interval, status, basis, detail, baseline, change. */
  static final int[] WIDTHS = {17, 44, 9, 14, 10, 40, 14, 10, 10};
  private static final int TEXT_CHARS = 44 + 9 + 14 + 10 + 40;

  private final XSSFWorkbook wb;
  private final Styles st;
  private final Map<Status, CellStyle> status = new EnumMap<>(Status.class);
  private final CellStyle ratio;
  private final CellStyle days;
  private final CellStyle sentence;
  private final CellStyle number;
  private final CellStyle linkTop;

  SummarySheet(XSSFWorkbook wb, Styles st) {
    this.wb = wb;
    this.st = st;
    status.put(Status.GOOD, fill(0x00, 0x9E, 0x73, true));
    status.put(Status.WATCH, fill(0xE6, 0x9F, 0x00, false));
    status.put(Status.ACT, fill(0xD5, 0x5E, 0x00, true));
    status.put(Status.INFO, fill(0xDD, 0xDD, 0xDD, false));
    ratio = wb.createCellStyle();
    ratio.setDataFormat(wb.createDataFormat().getFormat("0.00"));
    days = wb.createCellStyle();
    days.setDataFormat(wb.createDataFormat().getFormat("0.0\" d\""));
    sentence = wb.createCellStyle();
    sentence.setWrapText(true);
    sentence.setVerticalAlignment(VerticalAlignment.TOP);
    number = wb.createCellStyle();
    number.setVerticalAlignment(VerticalAlignment.TOP);
    number.setAlignment(HorizontalAlignment.LEFT);
    linkTop = wb.createCellStyle();
    linkTop.cloneStyleFrom(st.link);
    linkTop.setVerticalAlignment(VerticalAlignment.TOP);
  }

  private CellStyle fill(int r, int g, int b, boolean whiteText) {
    CellStyle s = wb.createCellStyle();
    s.setFillForegroundColor(new XSSFColor(new byte[] {(byte) r, (byte) g, (byte) b}, null));
    s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    s.setAlignment(HorizontalAlignment.CENTER);
    s.setVerticalAlignment(VerticalAlignment.TOP);
    Font f = wb.createFont();
    f.setBold(true);
    if (whiteText) {
      f.setColor(org.apache.poi.ss.usermodel.IndexedColors.WHITE.getIndex());
    }
    s.setFont(f);
    return s;
  }

  /** Writes the headline table, findings and actions from the writer's current row. */
  void write(SheetWriter w, Summary summary, Baseline baseline) {
    Sheet sheet = w.sheet();
    w.line(st.subtitle, "Headline figures");
    List<String> head = new ArrayList<>(List.of("Area", "Figure", "Value", "95% interval", "Status", "Basis", "Detail"));
    if (baseline != null) {
      head.add("Baseline");
      head.add("Change");
    }
    w.header(head);
    for (Headline h : summary.headlines()) {
      int at = w.rowIndex();
      List<Object> cells = new ArrayList<>();
      cells.add(h.area());
      cells.add(h.figure());
      cells.add(Double.isNaN(h.value()) ? (h.basis().startsWith("fewer than") ? h.basis() : "–") : h.value());
      cells.add(interval(h));
      cells.add(h.status().label());
      cells.add(h.basis());
      cells.add(h.sheet() + " →");
      Double before = baseline == null ? null : baseline.headline(h.key());
      if (baseline != null) {
        cells.add(before);
        cells.add(before == null || Double.isNaN(h.value()) ? null : h.value() - before);
      }
      CellStyle fmt = format(h.unit());
      w.values(cells, null, null, fmt, null, null, null, null, fmt, fmt);
      Row r = sheet.getRow(at);
      r.getCell(5).setCellStyle(sentence);
      r.setHeightInPoints(Math.max(1, (int) Math.ceil(h.basis().length() * 1.05 / WIDTHS[5])) * 13f + 2);
      r.getCell(4).setCellStyle(status.get(h.status()));
      link(r.getCell(6), h.sheet());
    }
    w.skip(1);
    w.line(st.subtitle, "Findings");
    w.line(st.note, "Largest effects first; each sentence states its number and 95% interval, and the sheet behind it.");
    for (Finding f : summary.findings()) {
      sentenceRow(w, null, f.text(), f.status(), f.sheet());
    }
    if (summary.findings().isEmpty()) {
      w.line(st.text, "No analysis produced a finding (see the inputs below).");
    }
    w.skip(1);
    w.line(st.subtitle, "Recommended actions");
    for (Finding a : summary.actions()) {
      sentenceRow(w, a.audience(), a.text(), null, a.sheet());
    }
    if (summary.actions().isEmpty()) {
      w.line(st.text, "None: nothing in this run calls for a change.");
    }
    if (baseline != null) {
      w.skip(1);
      w.line(st.subtitle, "Since the baseline run (" + baseline.label() + ")");
      sentenceRow(w, "New flags", baseline.newFlags().isEmpty() ? "none" : String.join(", ", baseline.newFlags()), null,
          "Interviewers");
      sentenceRow(w, "Resolved flags", baseline.resolvedFlags().isEmpty() ? "none"
          : String.join(", ", baseline.resolvedFlags()), null, "Interviewers");
    }
  }

  private CellStyle format(String unit) {
    return switch (unit) {
      case "share" -> st.percent;
      case "days" -> days;
      case "count" -> st.integer;
      default -> ratio;
    };
  }

  private static String interval(Headline h) {
    if (Double.isNaN(h.low()) || Double.isNaN(h.high())) {
      return "";
    }
    return switch (h.unit()) {
      case "days" -> String.format(Locale.ROOT, "%.1f–%.1f", h.low(), h.high());
      case "share" -> String.format(Locale.ROOT, "%.0f%%–%.0f%%", 100 * h.low(), 100 * h.high());
      default -> String.format(Locale.ROOT, "%.2f–%.2f", h.low(), h.high());
    };
  }

  /**
   * A sentence over the figure..basis columns, wrapped; the first column holds its status (filled)
   * or audience, the detail column links to the sheet behind it.
   */
  private void sentenceRow(SheetWriter w, String lead, String text, Status s, String sheetName) {
    int at = w.rowIndex();
    List<Object> cells = new ArrayList<>();
    cells.add(s != null ? s.label() : lead);
    cells.add(text);
    w.values(cells);
    Sheet sheet = w.sheet();
    Row r = sheet.getRow(at);
    r.getCell(0).setCellStyle(s != null ? status.get(s) : number);
    r.getCell(1).setCellStyle(sentence);
    sheet.addMergedRegion(new CellRangeAddress(at, at, 1, 5));
    if (sheetName != null) {
      Cell c = r.createCell(6);
      c.setCellValue(sheetName + " →");
      link(c, sheetName);
    }
    int lines = Math.max(1, (int) Math.ceil(text.length() * 1.1 / TEXT_CHARS));
    r.setHeightInPoints(lines * 13f + 3);
  }

  private void link(Cell c, String sheetName) {
    if (wb.getSheet(sheetName) == null) {
      return;
    }
    Hyperlink h = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
    h.setAddress("'" + sheetName + "'!A1");
    c.setHyperlink(h);
    c.setCellStyle(linkTop);
  }
}
