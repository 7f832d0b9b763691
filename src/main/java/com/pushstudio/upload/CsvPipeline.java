package com.pushstudio.upload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import com.pushstudio.csv.ColumnMapping;
import com.pushstudio.csv.CsvHeader;
import com.pushstudio.csv.CsvLimits;
import com.pushstudio.csv.CsvOptions;
import com.pushstudio.csv.ErrorLog;
import com.pushstudio.csv.RowScanner;
import com.pushstudio.web.OwnerOnlyFiles;

import org.springframework.core.io.InputStreamSource;

/**
 * The CPU side of an upload: read a CSV file as a stream, check every cell against the
 * table's column types, and write the valid rows as Power BI Post Rows batches. The file
 * is read once to validate and once more to send, never held whole.
 */
public final class CsvPipeline {

	private final boolean fast;

	private final CsvLimits limits;

	public CsvPipeline() {
		this(true);
	}

	/** {@code fast = false} runs the plain JDK converters, the reference in tests. */
	CsvPipeline(boolean fast) {
		this(fast, CsvLimits.DEFAULT);
	}

	public CsvPipeline(boolean fast, CsvLimits limits) {
		this.fast = fast;
		this.limits = limits;
	}

	/** What one file may make the reader hold, for the mapping page's own reading. */
	CsvLimits limits() {
		return this.limits;
	}

	/**
	 * The column names for the mapping page, and what stops the file from being mapped.
	 */
	public CsvHeader readHeader(InputStreamSource source, CsvOptions options) throws IOException {
		try (InputStream in = source.getInputStream()) {
			return CsvHeader.read(in, options, this.limits);
		}
	}

	/**
	 * Checks the whole file and sends nothing.
	 * @param errorsCsv where to write every error as CSV, or {@code null}
	 */
	public ValidationReport validate(InputStreamSource source, CsvOptions options, ColumnMapping mapping,
			Path errorsCsv) throws IOException {
		if (errorsCsv != null) {
			OwnerOnlyFiles.createFile(errorsCsv);
		}
		try (ErrorLog errors = new ErrorLog(errorsCsv, this.limits.errorsKept());
				InputStream in = source.getInputStream()) {
			RowScanner.Counts counts = new RowScanner(options, mapping, this.fast, this.limits).scan(in, 0,
					(row, line) -> {
					}, errors, false);
			return report(counts, errors, errorsCsv);
		}
	}

	/**
	 * Converts and batches the rows the policy allows, handing each batch to the consumer
	 * as soon as it is full. With {@link RowPolicy#ALL_ROWS} it stops at the first error
	 * and holds back the batch in progress; call it after a clean {@link #validate}, or
	 * use {@link #validateThenConvert}.
	 * @param skipThroughLine rows on lines up to this are skipped (0 for none): resume
	 * after the last acknowledged batch's {@link Batch#lastLine()}
	 */
	public ConversionResult convert(InputStreamSource source, CsvOptions options, ColumnMapping mapping,
			RowPolicy policy, BatchLimits limits, long skipThroughLine, Consumer<Batch> consumer) throws IOException {
		return convert(source, options, mapping, policy, limits, skipThroughLine, 0, consumer);
	}

	/**
	 * As
	 * {@link #convert(InputStreamSource, CsvOptions, ColumnMapping, RowPolicy, BatchLimits, long, Consumer)},
	 * numbering the batches from {@code firstIndex}: the batches that follow the first
	 * {@code firstIndex} of the file, which end on {@code skipThroughLine}.
	 */
	public ConversionResult convert(InputStreamSource source, CsvOptions options, ColumnMapping mapping,
			RowPolicy policy, BatchLimits limits, long skipThroughLine, int firstIndex, Consumer<Batch> consumer)
			throws IOException {
		List<String> names = mapping.columns().stream().map((column) -> column.target().name()).toList();
		BatchWriter writer = new BatchWriter(names, this.fast, limits, firstIndex, consumer);
		try (ErrorLog errors = new ErrorLog(null, this.limits.errorsKept()); InputStream in = source.getInputStream()) {
			RowScanner.Counts counts = new RowScanner(options, mapping, this.fast, this.limits).scan(in,
					skipThroughLine, writer, errors, policy == RowPolicy.ALL_ROWS);
			if (errors.count() == 0 || (policy == RowPolicy.VALID_ROWS_ONLY && !errors.fatal())) {
				writer.finish();
			}
			return new ConversionResult(report(counts, errors, null), writer.rowsWritten(), writer.batches());
		}
	}

	/**
	 * The upload in one call: validate the whole file, then convert only when the policy
	 * allows what was found. When it does not, no batch is produced at all.
	 */
	public ConversionResult validateThenConvert(InputStreamSource source, CsvOptions options, ColumnMapping mapping,
			RowPolicy policy, BatchLimits limits, Path errorsCsv, Consumer<Batch> consumer) throws IOException {
		ValidationReport report = validate(source, options, mapping, errorsCsv);
		if (!report.allows(policy)) {
			return new ConversionResult(report, 0, 0);
		}
		ConversionResult converted = convert(source, options, mapping, policy, limits, 0, consumer);
		return new ConversionResult(report, converted.rowsSent(), converted.batches());
	}

	private static ValidationReport report(RowScanner.Counts counts, ErrorLog errors, Path errorsCsv) {
		return new ValidationReport(counts.rows(), counts.validRows(), errors.count(), errors.first(), errorsCsv,
				errors.fatal());
	}

}
