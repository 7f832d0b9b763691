package com.pushstudio.upload;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * One {@code {"rows":[…]}} request body. The bytes live in a buffer that is reused for
 * the next batch: use them (send, copy) before the consumer returns.
 *
 * @param index zero-based batch number in the file
 * @param buffer the JSON in UTF-8, valid in {@code [0, length)}
 * @param length number of JSON bytes
 * @param rowCount rows in the batch
 * @param firstLine line of the first row's record in the file
 * @param lastLine line of the last row's record; resume after it
 */
public record Batch(int index, byte[] buffer, int length, int rowCount, long firstLine, long lastLine) {

	/** A copy of the JSON that outlives the consumer call. */
	public byte[] json() {
		return Arrays.copyOf(this.buffer, this.length);
	}

	public void writeTo(OutputStream out) throws IOException {
		out.write(this.buffer, 0, this.length);
	}

	@Override
	public String toString() {
		return "Batch[index=" + this.index + ", rows=" + this.rowCount + ", bytes=" + this.length + ", lines="
				+ this.firstLine + ".." + this.lastLine + "]";
	}

}
