package io.interviewcalibration.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jfree.chart.ChartFactory;
import org.jfree.data.general.DefaultPieDataset;
import org.junit.jupiter.api.Test;

/** A placed chart covers the requested size in the sheet's own columns and rows. */
class ChartsTest {
  @Test
  void placedPictureSpansItsWidthAndHeight() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet s = wb.createSheet("s");
      s.setColumnWidth(0, 40 * 256);
      s.setColumnWidth(1, 15 * 256);
      s.createRow(3).setHeightInPoints(30);
      DefaultPieDataset<String> d = new DefaultPieDataset<>();
      d.setValue("a", 1);
      Charts charts = new Charts();
      charts.place(s, "pie", ChartFactory.createPieChart("t", d), 2, 0, 620, 330);
      assertThat(charts.pngs()).containsKey("pie.png");
      XSSFClientAnchor a = ((XSSFPicture) s.getDrawingPatriarch().getShapes().get(0)).getClientAnchor();
      double width = 0;
      for (int c = a.getCol1(); c < a.getCol2(); c++) {
        width += s.getColumnWidthInPixels(c) * 9525;
      }
      width += a.getDx2();
      double height = 0;
      for (int r = a.getRow1(); r < a.getRow2(); r++) {
        height += (s.getRow(r) == null ? s.getDefaultRowHeightInPoints() : s.getRow(r).getHeightInPoints()) * 12700;
      }
      height += a.getDy2();
      assertThat(width / 12700).isCloseTo(620, within(1.0));
      assertThat(height / 12700).isCloseTo(330, within(1.0));
      assertThat((int) a.getCol2()).isGreaterThan(1);
    }
  }

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
