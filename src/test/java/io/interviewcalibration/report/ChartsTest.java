package io.interviewcalibration.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
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
}
