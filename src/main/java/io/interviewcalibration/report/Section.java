package io.interviewcalibration.report;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What one analysis contributes to a run folder: its result files and its workbook sheet (with
 * charts). Sections take result records only, never Spark data.
 */
public interface Section {
  /** The result files, written under {@code results/}. */
  List<ResultTable> tables();

  /** Adds the section's sheet(s) to the workbook; charts go through {@code charts}. */
  void writeSheets(XSSFWorkbook wb, Styles styles, Charts charts) throws IOException;

  /**
   * What the analysis reports about its own run (iterations, convergence, timings), keyed by
   * analysis name; it goes under {@code analyses} in run.json.
   */
  default Map<String, Object> runInfo() {
    return Map.of();
  }

  /**
   * Sentences for the Summary sheet (findings and recommended actions), generated from the
   * section's results; the Summary ranks them by size. None by default.
   */
  default List<Finding> summaryFindings() {
    return List.of();
  }

  /**
   * Other files the section adds to the run folder, by path relative to it (e.g.
   * {@code suggested-rubric.yaml}); none by default.
   */
  default Map<String, byte[]> extraFiles() {
    return Map.of();
  }
}
