package com.pushstudio.consolidation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.pushstudio.csv.CsvOptions;

/**
 * Rows written as a CSV file the upload engine reads back to the same values: comma,
 * double quote, UTF-8, header, '.' decimals, ISO date-times in UTC
 * ({@link CsvOptions#defaults()}). A value is quoted when it holds a comma, quote or line
 * break, or starts or ends with white space, which an unquoted cell would lose.
 */
final class RowsFile {

	static final CsvOptions OPTIONS = CsvOptions.defaults();

	private RowsFile() {
	}

	/**
	 * @throws RowsTooLargeException when the file would be larger than {@code maxBytes}
	 */
	static long write(Path file, List<String> header, Iterable<List<String>> rows, long maxBytes) {
		long bytes = 0;
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			bytes += line(out, header);
			for (List<String> row : rows) {
				bytes += line(out, row);
				if (bytes > maxBytes) {
					throw new RowsTooLargeException(maxBytes);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the rows of a sync", ex);
		}
		return bytes;
	}

	private static long line(BufferedWriter out, List<String> values) throws IOException {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				line.append(',');
			}
			line.append(cell(values.get(i)));
		}
		line.append("\r\n");
		out.write(line.toString());
		return line.toString().getBytes(StandardCharsets.UTF_8).length;
	}

	static String cell(String value) {
		if (value == null) {
			return "";
		}
		boolean quote = value.isEmpty() || value.indexOf(',') >= 0 || value.indexOf('"') >= 0
				|| value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0 || Character.isWhitespace(value.charAt(0))
				|| Character.isWhitespace(value.charAt(value.length() - 1));
		return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
	}

	/** The rows of a sync would make a file larger than the uploads take. */
	static final class RowsTooLargeException extends RuntimeException {

		RowsTooLargeException(long maxBytes) {
			super("The rows of the lists would make a file larger than " + maxBytes
					+ " bytes, the most one upload takes.");
		}

	}

}
