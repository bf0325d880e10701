package io.interviewcalibration.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jfree.chart.ChartFactory;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

/** A placed chart must occupy its nominal size on the sheet (not collapse to zero width). */
class ChartsTest {
  @Test
  void placedChartHasItsNominalSize() throws Exception {
    DefaultCategoryDataset d = new DefaultCategoryDataset();
    d.addValue(1, "s", "a");
    Charts charts = new Charts();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet sheet = wb.createSheet("x");
      charts.place(sheet, "c", ChartFactory.createBarChart("t", "x", "y", d), 3, 1, 640, 300);
      XSSFPicture pic = (XSSFPicture) sheet.getDrawingPatriarch().getShapes().get(0);
      XSSFClientAnchor a = pic.getClientAnchor();
      assertThat((int) a.getCol1()).isEqualTo(1);
      assertThat(a.getRow1()).isEqualTo(3);
      // 640 × 300 pixels at 96 dpi: about ten default columns (64 px) and twenty default rows (20 px)
      double widthPx = 0;
      for (int c = a.getCol1(); c < a.getCol2(); c++) {
        widthPx += sheet.getColumnWidthInPixels(c);
      }
      widthPx += a.getDx2() / 9525.0;
      assertThat(widthPx).isBetween(600.0, 680.0);
      assertThat(a.getRow2() - a.getRow1()).isBetween(14, 16);
      assertThat(charts.pngs()).containsKey("c.png");
    }
  }
}
