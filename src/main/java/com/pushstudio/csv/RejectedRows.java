package com.pushstudio.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/**
 * The rows a check refuses, as they are in the file, each with why: a file to fix and
 * upload again. Every field is written as read (so a decimal comma or a date stays as the
 * person typed it), with the file's delimiter and quote, quoted only where needed, in the
 * file's encoding; a UTF-8 file gets a byte order mark so that Excel opens it as UTF-8.
 * The header comes first when the file has one, and the reason is each row's last field.
 * Streamed: one record at a time, whatever the file's size.
 */
public final class RejectedRows {

	/** The name of the added last column; never a column of the table, so never sent. */
	public static final String REASON_COLUMN = "Rejected because";

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private RejectedRows() {
	}

	/**
	 * Reads {@code in} as the upload did and writes its refused rows to {@code out}.
	 * Neither stream is closed.
	 * @return the rows written, the header not counted
	 */
	public static long write(InputStream in, OutputStream out, CsvOptions options, ColumnMapping mapping,
			CsvLimits limits) throws IOException {
		boolean utf8 = options.charset().equals(StandardCharsets.UTF_8);
		if (utf8) {
			out.write(UTF8_BOM);
		}
		OutputStreamWriter text = new OutputStreamWriter(out,
				options.charset()
					.newEncoder()
					.onMalformedInput(CodingErrorAction.REPLACE)
					.onUnmappableCharacter(CodingErrorAction.REPLACE));
		CsvWriter csv = CsvWriter.builder()
			.fieldSeparator(options.delimiter())
			.quoteCharacter(options.quote())
			.lineDelimiter(LineDelimiter.CRLF)
			.build(text);
		long[] written = { 0 };
		RowScanner.RowListener listener = new RowScanner.RowListener() {

			@Override
			public void header(CsvRow header) {
				write(csv, header, REASON_COLUMN);
			}

			@Override
			public void rejected(CsvRow row, List<CellError> errors) {
				write(csv, row, errors.stream().map(RejectedRows::reason).collect(Collectors.joining("; ")));
				written[0]++;
			}

		};
		try (ErrorLog errors = new ErrorLog(null, 0)) {
			new RowScanner(options, mapping, true, limits).scan(in, 0, (row, line) -> {
			}, errors, false, listener);
		}
		csv.flush();
		return written[0];
	}

	private static void write(CsvWriter csv, CsvRow row, String last) {
		String[] fields = new String[row.fieldCount + 1];
		for (int i = 0; i < row.fieldCount; i++) {
			fields[i] = row.field(i);
		}
		fields[row.fieldCount] = last;
		csv.writeRecord(fields);
	}

	/**
	 * "line 7, Amount: is not a number": where in the original file, and what is wrong.
	 */
	private static String reason(CellError error) {
		return "line " + error.line() + ((error.column() != null) ? ", " + error.column() : "") + ": " + error.reason();
	}

}
