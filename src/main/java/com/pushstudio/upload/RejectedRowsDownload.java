package com.pushstudio.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.pushstudio.csv.ColumnMapping;
import com.pushstudio.csv.CsvLimits;
import com.pushstudio.csv.CsvOptions;
import com.pushstudio.csv.RejectedRows;

/**
 * The rows an upload's check refused, read again from its file when downloaded: always
 * all of them, not only the errors the job kept, and never held in memory.
 *
 * @param fileName the name to save it under
 */
public record RejectedRowsDownload(Path file, CsvOptions options, ColumnMapping mapping, CsvLimits limits,
		String fileName) {

	public void writeTo(OutputStream out) throws IOException {
		try (InputStream in = Files.newInputStream(this.file)) {
			RejectedRows.write(in, out, this.options, this.mapping, this.limits);
		}
	}

	/** "sales.csv" → "sales - rejected rows.csv". */
	static String nameFor(String uploaded) {
		String base = uploaded.replaceFirst("(?i)\\.(csv|txt)$", "");
		return base + " - rejected rows.csv";
	}

}
