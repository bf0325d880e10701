package io.interviewcalibration.stats.agreement;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the published example tables under {@code src/test/resources/published/}. */
final class Published {

    private Published() {
    }

    /**
     * The numeric body of a CSV file (header skipped), dropping the first {@code labelColumns}
     * columns; an empty cell is {@code NaN}. Quoted labels are not parsed as numbers.
     */
    static double[][] numbers(String file, int labelColumns) {
        String resource = "/published/" + file;
        try (InputStream in = Published.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<double[]> rows = new ArrayList<>();
            String line = reader.readLine(); // header
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                double[] row = new double[cells.length - labelColumns];
                for (int i = labelColumns; i < cells.length; i++) {
                    String cell = cells[i].trim();
                    row[i - labelColumns] = cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
                }
                rows.add(row);
            }
            return rows.toArray(new double[0][]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sum of the per-unit states of each row of ratings. */
    static CoincidenceMatrix coincidences(double[][] units, ValueDomain domain) {
        CoincidenceMatrix m = CoincidenceMatrix.empty(domain);
        for (double[] u : units) {
            m = m.merge(CoincidenceMatrix.ofUnit(u, domain));
        }
        return m;
    }

    /** Sum of the per-unit category counts of each row of ratings. */
    static CategoryCounts categoryCounts(double[][] units, ValueDomain domain) {
        CategoryCounts c = CategoryCounts.empty(domain);
        for (double[] u : units) {
            c = c.merge(CategoryCounts.ofUnit(u, domain));
        }
        return c;
    }

    /**
     * Category counts of a two-rater contingency table (rows first rater) read as units with two
     * ratings each: cell (i, j) with count c is c units rated {i, j}, added as one unit scaled by c.
     */
    static CategoryCounts categoryCountsOfTable(double[][] table, ValueDomain domain) {
        CategoryCounts c = CategoryCounts.empty(domain);
        for (int i = 0; i < table.length; i++) {
            for (int j = 0; j < table[i].length; j++) {
                double[] pair = {domain.value(i), domain.value(j)};
                c = c.merge(CategoryCounts.ofUnit(pair, domain).scaled(table[i][j]));
            }
        }
        return c;
    }

    /** Coincidence matrix of a two-rater contingency table, as in {@link #categoryCountsOfTable}. */
    static CoincidenceMatrix coincidencesOfTable(double[][] table, ValueDomain domain) {
        CoincidenceMatrix m = CoincidenceMatrix.empty(domain);
        for (int i = 0; i < table.length; i++) {
            for (int j = 0; j < table[i].length; j++) {
                double[] pair = {domain.value(i), domain.value(j)};
                m = m.merge(CoincidenceMatrix.ofUnit(pair, domain).scaled(table[i][j]));
            }
        }
        return m;
    }
}
