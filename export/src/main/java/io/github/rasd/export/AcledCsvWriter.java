package io.github.rasd.export;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV table (RFC 4180, UTF-8 as the caller's writer encodes it) whose first columns are
 * ACLED's ({@link AcledRow#COLUMNS}) and whose others are the caller's: Rasd's events table
 * adds {@link CsvExport#RASD_EVENT_COLUMNS}; a table of fused incidents can add its own.
 *
 * <pre>{@code
 * try (AcledCsvWriter csv = new AcledCsvWriter(out, List.of("incident_id", "articles"))) {
 *   csv.write(AcledRow.builder()...build(), List.of("i1", "a1; a7"));
 * }
 * }</pre>
 *
 * <p>Not thread-safe.
 *
 * @since 0.2.0
 */
public final class AcledCsvWriter implements Closeable, Flushable {

  private final CSVPrinter printer;
  private final int extraColumns;

  /**
   * A table on {@code out}; the header row (ACLED's columns, then {@code extraColumns}) is
   * written at once.
   */
  public AcledCsvWriter(Appendable out, List<String> extraColumns) throws IOException {
    this.printer = new CSVPrinter(out, CsvExport.FORMAT);
    this.extraColumns = extraColumns.size();
    List<String> header = new ArrayList<>(AcledRow.COLUMNS);
    header.addAll(extraColumns);
    printer.printRecord(header);
  }

  /**
   * Writes {@code row} then {@code extraValues}, one per extra column.
   *
   * @throws IllegalArgumentException when the number of extra values differs from the header's
   */
  public void write(AcledRow row, List<?> extraValues) throws IOException {
    if (extraValues.size() != extraColumns) {
      throw new IllegalArgumentException("expected " + extraColumns + " extra values, got "
          + extraValues.size());
    }
    List<Object> values = new ArrayList<>(row.values());
    values.addAll(extraValues);
    printer.printRecord(values);
  }

  @Override
  public void flush() throws IOException {
    printer.flush();
  }

  /** Flushes and closes the underlying writer. */
  @Override
  public void close() throws IOException {
    printer.close(true);
  }
}
