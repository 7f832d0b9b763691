package com.pushstudio.upload;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import com.pushstudio.csv.ConvertedRow;
import com.pushstudio.csv.RowScanner;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;

/**
 * Streams converted rows into {@code {"rows":[…]}} batches of at most N rows and M bytes.
 * Each row is flushed into the batch buffer as it is written, so the byte count is exact;
 * a row that would cross the byte limit is cut off again and starts the next batch.
 */
final class BatchWriter implements RowScanner.RowSink {

	static final JsonFactory JSON = JsonFactory.builder()
		.disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
		.disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
		.build();

	private static final byte[] END = { ']', '}' };

	private final String[] names;

	private final SerializableString[] encodedNames;

	private final BatchLimits limits;

	private final Consumer<Batch> consumer;

	private final Bytes bytes = new Bytes();

	private JsonGenerator generator;

	private final int firstIndex;

	private int batches;

	private int rows;

	private long firstLine;

	private long lastLine;

	private long rowsWritten;

	BatchWriter(List<String> names, boolean preEncodeNames, BatchLimits limits, Consumer<Batch> consumer) {
		this(names, preEncodeNames, limits, 0, consumer);
	}

	/**
	 * @param firstIndex the first batch's number: a resumed job goes on numbering (and
	 * sizing, see {@link BatchLimits#maxRows(int)}) where the file's batches stand
	 */
	BatchWriter(List<String> names, boolean preEncodeNames, BatchLimits limits, int firstIndex,
			Consumer<Batch> consumer) {
		this.firstIndex = firstIndex;
		this.batches = firstIndex;
		this.names = names.toArray(String[]::new);
		this.encodedNames = preEncodeNames
				? names.stream().map(SerializedString::new).toArray(SerializableString[]::new) : null;
		this.limits = limits;
		this.consumer = consumer;
	}

	@Override
	public void accept(ConvertedRow row, long line) {
		if (this.generator == null) {
			start();
		}
		int mark = this.bytes.size;
		writeRow(row);
		if (this.bytes.size + END.length > this.limits.maxBytes()) {
			if (this.rows == 0) {
				throw new IllegalStateException(
						"Line " + line + " alone is larger than " + this.limits.maxBytes() + " bytes of JSON");
			}
			this.bytes.size = mark;
			emit();
			start();
			writeRow(row);
		}
		if (this.rows == 0) {
			this.firstLine = line;
		}
		this.lastLine = line;
		this.rows++;
		this.rowsWritten++;
		if (this.rows == this.limits.maxRows(this.batches)) {
			emit();
		}
	}

	/** Sends the last, partial batch. */
	void finish() {
		if (this.generator != null && this.rows > 0) {
			emit();
		}
	}

	int batches() {
		return this.batches - this.firstIndex;
	}

	long rowsWritten() {
		return this.rowsWritten;
	}

	private void start() {
		this.bytes.size = 0;
		this.rows = 0;
		this.generator = JSON.createGenerator(this.bytes);
		this.generator.writeStartObject();
		this.generator.writeName("rows");
		this.generator.writeStartArray();
		this.generator.flush();
	}

	private void writeRow(ConvertedRow row) {
		this.generator.writeStartObject();
		row.writeTo(this.generator, this.encodedNames, this.names);
		this.generator.writeEndObject();
		this.generator.flush();
	}

	private void emit() {
		// The generator may have been cut off mid-array; close the JSON by hand instead.
		this.generator.close();
		this.generator = null;
		this.bytes.write(END, 0, END.length);
		this.consumer.accept(
				new Batch(this.batches++, this.bytes.buf, this.bytes.size, this.rows, this.firstLine, this.lastLine));
		this.rows = 0;
	}

	/** A growable byte buffer that can be cut back to a mark. */
	static final class Bytes extends OutputStream {

		byte[] buf = new byte[1 << 20];

		int size;

		@Override
		public void write(int b) {
			ensure(1);
			this.buf[this.size++] = (byte) b;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			ensure(len);
			System.arraycopy(b, off, this.buf, this.size, len);
			this.size += len;
		}

		private void ensure(int more) {
			if (this.size + more > this.buf.length) {
				this.buf = Arrays.copyOf(this.buf, Math.max(this.buf.length * 2, this.size + more));
			}
		}

	}

}
