package io.interviewcalibration.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A block that would cross the end of a printed page starts a new one; blocks that fit do not. */
class PageBreaksTest {
  @Test
  void breaksOnlyBeforeABlockThatWouldRunOver() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet s = wb.createSheet("s");
      s.setColumnWidth(0, 100 * 256); // ~ the page width: scale about 1
      PageBreaks pages = new PageBreaks();
      pages.block(0, 10);   // 150 pt
      pages.block(10, 20);  // 300 pt in all: fits
      pages.block(20, 30);  // 450 pt: still fits (page ≈ 487 pt)
      pages.block(30, 40);  // would reach 600 pt: break before row 30
      pages.block(40, 42);
      pages.apply(s, 0);
      assertThat(s.getRowBreaks()).containsExactly(29);
    }
  }
}
