package com.pushstudio.upload;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * Converts a job's batches on a thread of their own, a few ahead of sending, so that a
 * slot freed by an answer is filled at once instead of after the next batch's conversion
 * (tens of milliseconds each, on the path of every request when the job's thread did it).
 * Holds at most {@code maxBatches} batches and {@code maxBytes} of JSON ahead, and always
 * one.
 */
final class BatchesAhead implements AutoCloseable {

	private final Deque<Batch> ready = new ArrayDeque<>();

	private final int maxBatches;

	private final long maxBytes;

	private final Thread thread;

	private long bytes;

	private boolean ended;

	private boolean closed;

	private ConversionResult result;

	private Throwable failure;

	BatchesAhead(String name, int maxBatches, long maxBytes, Conversion conversion) {
		this.maxBatches = maxBatches;
		this.maxBytes = maxBytes;
		this.thread = new Thread(() -> convert(conversion), name);
		this.thread.setDaemon(true);
		this.thread.start();
	}

	/**
	 * The next batch in file order, its own copy; {@code null} once the conversion ended.
	 * Rethrows what the conversion threw.
	 */
	synchronized Batch next() throws IOException, InterruptedException {
		while (this.ready.isEmpty() && !this.ended) {
			wait();
		}
		Batch batch = this.ready.poll();
		if (batch != null) {
			this.bytes -= batch.length();
			notifyAll();
			return batch;
		}
		if (this.failure instanceof IOException ex) {
			throw ex;
		}
		if (this.failure instanceof RuntimeException ex) {
			throw ex;
		}
		if (this.failure instanceof Error ex) {
			throw ex;
		}
		return null;
	}

	/** What the conversion returned, once {@link #next()} returned {@code null}. */
	synchronized ConversionResult result() {
		if (this.result == null) {
			throw new IllegalStateException("The conversion has not ended");
		}
		return this.result;
	}

	/** Stops converting: the job's run ended, whatever is ahead is dropped. */
	@Override
	public void close() {
		synchronized (this) {
			this.closed = true;
			this.ready.clear();
			notifyAll();
		}
		this.thread.interrupt();
	}

	private void convert(Conversion conversion) {
		try {
			ConversionResult converted = conversion.run(this::add);
			synchronized (this) {
				this.result = converted;
				this.ended = true;
				notifyAll();
			}
		}
		catch (Closed ex) {
			// Nobody waits for the rest.
		}
		catch (Throwable ex) {
			synchronized (this) {
				this.failure = ex;
				this.ended = true;
				notifyAll();
			}
		}
	}

	/**
	 * Called on the conversion's thread with a buffer that is reused after it returns.
	 */
	private void add(Batch batch) {
		Batch copy = new Batch(batch.index(), batch.json(), batch.length(), batch.rowCount(), batch.firstLine(),
				batch.lastLine());
		synchronized (this) {
			try {
				while (!this.closed && !this.ready.isEmpty()
						&& (this.ready.size() >= this.maxBatches || this.bytes + copy.length() > this.maxBytes)) {
					wait();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new Closed();
			}
			if (this.closed) {
				throw new Closed();
			}
			this.ready.add(copy);
			this.bytes += copy.length();
			notifyAll();
		}
	}

	/** One pass over the file, handing each batch to the consumer. */
	@FunctionalInterface
	interface Conversion {

		ConversionResult run(Consumer<Batch> consumer) throws IOException;

	}

	/** Ends the conversion early once the job no longer wants its batches. */
	private static final class Closed extends RuntimeException {

		private Closed() {
			super(null, null, false, false);
		}

	}

}
