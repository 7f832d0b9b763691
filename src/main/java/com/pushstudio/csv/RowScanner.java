package com.pushstudio.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;

import com.pushstudio.csv.ColumnMapping.MappedColumn;

/**
 * The one loop over a file: read each record, check its shape, convert the mapped cells
 * and hand valid rows to a sink; every problem goes to the {@link ErrorLog}.
 */
public final class RowScanner {

	public interface RowSink {

		void accept(ConvertedRow row, long line);

	}

	/** Sees the header and every refused row as read, for writing them out again. */
	interface RowListener {

		void header(CsvRow header);

		void rejected(CsvRow row, List<CellError> errors);

	}

	/** Rows read and rows that passed, not counting the header. */
	public record Counts(long rows, long validRows) {
	}

	private final CsvOptions options;

	private final ColumnMapping mapping;

	private final CellConverter[] converters;

	private final int[] csvIndexes;

	private final String[] csvNames;

	private final CsvLimits limits;

	/** The errors of the row being converted, for the listener. */
	private final List<CellError> rowErrors = new ArrayList<>();

	public RowScanner(CsvOptions options, ColumnMapping mapping, boolean fast, CsvLimits limits) {
		this.options = options;
		this.limits = limits;
		this.mapping = mapping;
		List<MappedColumn> columns = mapping.columns();
		this.converters = new CellConverter[columns.size()];
		this.csvIndexes = new int[columns.size()];
		this.csvNames = new String[columns.size()];
		for (int i = 0; i < columns.size(); i++) {
			this.converters[i] = CellConverter.of(columns.get(i).target().type(), options, fast);
			this.csvIndexes[i] = columns.get(i).csvIndex();
			this.csvNames[i] = columns.get(i).csvName();
		}
	}

	/** The longest field FastCSV buffers is the limit's; the handler bounds the rest. */
	static CsvReader<CsvRow> reader(Reader text, CsvOptions options, CsvRowHandler handler, CsvLimits limits) {
		return CsvReader.builder()
			.fieldSeparator(options.delimiter())
			.quoteCharacter(options.quote())
			.skipEmptyLines(true)
			.extraFieldStrategy(FieldMismatchStrategy.IGNORE)
			.missingFieldStrategy(FieldMismatchStrategy.IGNORE)
			.allowUnclosedQuote(false)
			.allowExtraCharsAfterClosingQuote(false)
			.maxBufferSize(limits.maxFieldLength())
			.build(handler, text);
	}

	/**
	 * Reads the whole file. Rows on lines up to {@code skipThroughLine} are read but
	 * neither checked nor sent (resuming after the last acknowledged batch).
	 */
	public Counts scan(InputStream in, long skipThroughLine, RowSink sink, ErrorLog errors, boolean stopAtFirstError)
			throws IOException {
		return scan(in, skipThroughLine, sink, errors, stopAtFirstError, null);
	}

	Counts scan(InputStream in, long skipThroughLine, RowSink sink, ErrorLog errors, boolean stopAtFirstError,
			RowListener listener) throws IOException {
		CsvRowHandler handler = new CsvRowHandler(this.limits);
		long rows = 0;
		long valid = 0;
		try (Reader text = CsvInput.open(in, this.options);
				CsvReader<CsvRow> csv = reader(text, this.options, handler, this.limits)) {
			Iterator<CsvRow> records = csv.iterator();
			int width = this.mapping.headers().size();
			if (this.options.hasHeader()) {
				if (!records.hasNext()) {
					errors.addFatal(CellError.ofFile("is empty"));
					return new Counts(0, 0);
				}
				CsvRow header = records.next();
				HeaderCheck.problems(HeaderCheck.names(header), header.line).forEach(errors::addFatal);
				if (errors.count() > 0) {
					// rows cannot be checked against a header that cannot be mapped
					return new Counts(0, 0);
				}
				width = header.fieldCount;
				if (listener != null) {
					listener.header(header);
				}
			}
			for (int index : this.csvIndexes) {
				if (this.options.hasHeader() && index >= width) {
					errors.addFatal(
							CellError.ofFile("has fewer columns than the mapping expects; map the columns again"));
					return new Counts(0, 0);
				}
			}
			ConvertedRow converted = new ConvertedRow(this.converters.length);
			while (records.hasNext()) {
				CsvRow row = records.next();
				if (!this.options.hasHeader() && rows == 0) {
					width = row.fieldCount;
				}
				rows++;
				if (row.line <= skipThroughLine) {
					continue;
				}
				if (convert(row, width, converted, errors)) {
					valid++;
					sink.accept(converted, row.line);
				}
				else {
					if (listener != null) {
						listener.rejected(row, this.rowErrors);
					}
					if (stopAtFirstError) {
						break;
					}
				}
			}
			if (rows == 0) {
				errors.addFatal(CellError
					.ofFile(this.options.hasHeader() ? "has a header row but no data rows" : "has no data rows"));
			}
		}
		catch (CsvFileException ex) {
			errors.addFatal(ex.error());
		}
		catch (CsvParseException ex) {
			errors.addFatal(beyondLimits(ex).orElseGet(() -> CellError.ofRow(handler.currentLine(), parseProblem(ex))));
		}
		catch (UncheckedIOException ex) {
			if (!(ex.getCause() instanceof CharacterCodingException)) {
				throw ex;
			}
			errors.addFatal(CellError.ofRow(handler.currentLine(),
					"is not valid " + this.options.charset().name() + " text; choose Windows-1252 as the encoding"));
		}
		return new Counts(rows, valid);
	}

	private boolean convert(CsvRow row, int width, ConvertedRow converted, ErrorLog errors) {
		this.rowErrors.clear();
		if (row.fieldCount != width) {
			CellError error = CellError.ofRow(row.line, widthProblem(this.options, row.fieldCount, width));
			this.rowErrors.add(error);
			errors.add(error);
			return false;
		}
		boolean ok = true;
		for (int i = 0; i < this.converters.length; i++) {
			int field = this.csvIndexes[i];
			int start = row.starts[field];
			int length = row.lengths[field];
			String reason = this.converters[i].convert(row.chars, start, length, converted, i);
			if (reason != null) {
				ok = false;
				CellError error = CellError.ofCell(row.line, this.csvNames[i], new String(row.chars, start, length),
						reason);
				this.rowErrors.add(error);
				errors.add(error);
			}
		}
		return ok;
	}

	/**
	 * Why a record of {@code fields} fields cannot be sent when the file's rows have
	 * {@code width}.
	 */
	static String widthProblem(CsvOptions options, int fields, int width) {
		return "has " + fields + " fields but " + (options.hasHeader() ? "the header has " : "the first row has ")
				+ width;
	}

	/** A record beyond the {@link CsvLimits}, which FastCSV hands on wrapped. */
	static java.util.Optional<CellError> beyondLimits(CsvParseException ex) {
		return (ex.getCause() instanceof CsvFileException limit) ? java.util.Optional.of(limit.error())
				: java.util.Optional.empty();
	}

	static String parseProblem(CsvParseException ex) {
		String message = String.valueOf(ex.getMessage());
		if (message.contains("Unclosed quoted field") || message.contains("maximum buffer size")) {
			return "has a quote that is never closed: the record starting here runs to the end of the file";
		}
		int at = message.indexOf("after closing quote: '");
		if (at >= 0) {
			char c = message.charAt(at + "after closing quote: '".length());
			return "has the character '" + c + "' right after a closing quote; a quote inside a quoted field "
					+ "must be doubled (\"\")";
		}
		return "cannot be read as CSV: " + message;
	}

}
