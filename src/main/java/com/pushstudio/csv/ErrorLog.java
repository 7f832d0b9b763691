package com.pushstudio.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * Collects errors without holding them all: the first {@value #SHOWN} for the page, the
 * first {@code kept} in a CSV file for download (when a file is given), and a count of
 * every one. A file where every cell is wrong would otherwise write an errors file many
 * times its own size.
 */
public final class ErrorLog implements Closeable {

	public static final int SHOWN = 100;

	private final List<CellError> first = new ArrayList<>();

	private final CsvWriter csv;

	private final int kept;

	private long count;

	private boolean fatal;

	/**
	 * @param csvFile where to write the kept errors, created by the caller with the
	 * permissions it wants, or {@code null}
	 */
	public ErrorLog(Path csvFile, int kept) throws IOException {
		this.kept = kept;
		this.csv = (csvFile != null) ? CsvWriter.builder().build(csvFile, StandardCharsets.UTF_8) : null;
		if (this.csv != null) {
			this.csv.writeRecord("line", "column", "value", "reason");
		}
	}

	void add(CellError error) {
		this.count++;
		if (this.first.size() < SHOWN) {
			this.first.add(error);
		}
		if (this.csv != null && this.count <= this.kept) {
			this.csv.writeRecord((error.line() > 0) ? Long.toString(error.line()) : "",
					(error.column() != null) ? error.column() : "", (error.value() != null) ? error.value() : "",
					error.reason());
		}
	}

	/** An error after which nothing of the file may be sent, not even the valid rows. */
	void addFatal(CellError error) {
		this.fatal = true;
		add(error);
	}

	public long count() {
		return this.count;
	}

	public boolean fatal() {
		return this.fatal;
	}

	public List<CellError> first() {
		return List.copyOf(this.first);
	}

	@Override
	public void close() {
		if (this.csv != null) {
			try {
				if (this.count > this.kept) {
					// Says in the file itself that it is not the whole story.
					this.csv.writeRecord("", "", "",
							String.format("and %,d more errors, not listed: the file lists the first %,d",
									this.count - this.kept, this.kept));
				}
				this.csv.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

}
