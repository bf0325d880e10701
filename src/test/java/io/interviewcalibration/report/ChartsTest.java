package io.interviewcalibration.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Pictures are anchored at their point size, also on the first column (where POI's resize fails). */
class ChartsTest {
  @Test
  void anchorSpansThePictureSizeFromTheFirstColumn() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet sheet = wb.createSheet("s");
      sheet.setColumnWidth(0, 36 * 256);
      sheet.setColumnWidth(1, 10 * 256);
      for (int col : new int[] {0, 1, 3}) {
        XSSFClientAnchor a = Charts.anchor(sheet, 2, col, 400, 300);
        long width = 0;
        for (int c = col; c < a.getCol2(); c++) {
          width += Math.round(sheet.getColumnWidthInPixels(c) * Units.EMU_PER_PIXEL);
        }
        width += a.getDx2();
        long height = 0;
        for (int r = 2; r < a.getRow2(); r++) {
          height += Math.round(sheet.getDefaultRowHeightInPoints() * Units.EMU_PER_POINT);
        }
        height += a.getDy2();
        assertThat((int) a.getCol1()).isEqualTo(col);
        assertThat(a.getRow1()).isEqualTo(2);
        assertThat(width).as("width from column %d", col).isEqualTo(400L * Units.EMU_PER_POINT);
        assertThat(height).as("height from column %d", col).isEqualTo(300L * Units.EMU_PER_POINT);
      }
    }
  }
}
