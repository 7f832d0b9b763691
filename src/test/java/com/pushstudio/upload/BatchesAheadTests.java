package com.pushstudio.upload;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.awaitility.Awaitility.await;

class BatchesAheadTests {

	@Test
	void handsOverEveryBatchInOrderAsItsOwnCopyOfABufferTheConverterReuses() throws Exception {
		List<Batch> received = new ArrayList<>();
		try (BatchesAhead ahead = new BatchesAhead("test", 2, 1 << 20, (consumer) -> {
			byte[] buffer = new byte[1];
			for (int i = 0; i < 20; i++) {
				buffer[0] = (byte) i;
				consumer.accept(new Batch(i, buffer, 1, 1, i + 1, i + 1));
			}
			return new ConversionResult(null, 20, 20);
		})) {
			Batch batch;
			while ((batch = ahead.next()) != null) {
				received.add(batch);
			}
			assertThat(ahead.result().batches()).isEqualTo(20);
		}
		assertThat(received).extracting(Batch::index).containsExactlyElementsOf(range(20));
		assertThat(received).extracting((batch) -> (int) batch.json()[0]).containsExactlyElementsOf(range(20));
	}

	@Test
	void convertsNoMoreThanItsBatchesAhead() throws Exception {
		AtomicInteger handedOver = new AtomicInteger();
		AtomicReference<Thread> converter = new AtomicReference<>();
		try (BatchesAhead ahead = new BatchesAhead("test", 3, 1 << 20, (consumer) -> {
			converter.set(Thread.currentThread());
			for (int i = 0; i < 10; i++) {
				consumer.accept(new Batch(i, new byte[10], 10, 1, i + 1, i + 1));
				handedOver.incrementAndGet();
			}
			return new ConversionResult(null, 10, 10);
		})) {
			awaitBlocked(converter);
			assertThat(handedOver).hasValue(3);
			assertThat(ahead.next().index()).isZero();
			await().until(() -> handedOver.get() == 4 && converter.get().getState() == Thread.State.WAITING);
			assertThat(handedOver).hasValue(4);
		}
	}

	@Test
	void convertsNoMoreBytesAheadThanItsBoundButAlwaysOneBatch() throws Exception {
		AtomicInteger handedOver = new AtomicInteger();
		AtomicReference<Thread> converter = new AtomicReference<>();
		try (BatchesAhead ahead = new BatchesAhead("test", 5, 250, (consumer) -> {
			converter.set(Thread.currentThread());
			consumer.accept(new Batch(0, new byte[400], 400, 1, 1, 1));
			handedOver.incrementAndGet();
			for (int i = 1; i < 10; i++) {
				consumer.accept(new Batch(i, new byte[100], 100, 1, i + 1, i + 1));
				handedOver.incrementAndGet();
			}
			return new ConversionResult(null, 10, 10);
		})) {
			awaitBlocked(converter);
			// The one batch larger than the bound, alone.
			assertThat(handedOver).hasValue(1);
			assertThat(ahead.next().length()).isEqualTo(400);
			await().until(() -> handedOver.get() == 3 && converter.get().getState() == Thread.State.WAITING);
			assertThat(handedOver).hasValue(3);
		}
	}

	@Test
	void passesOnWhatTheConversionThrewAfterTheBatchesBeforeIt() throws Exception {
		try (BatchesAhead ahead = new BatchesAhead("test", 5, 1 << 20, (consumer) -> {
			consumer.accept(new Batch(0, new byte[1], 1, 1, 1, 1));
			throw new IOException("disk gone");
		})) {
			assertThat(ahead.next().index()).isZero();
			assertThatIOException().isThrownBy(ahead::next).withMessage("disk gone");
		}
	}

	@Test
	void closingEndsTheConversion() throws Exception {
		AtomicReference<Thread> converter = new AtomicReference<>();
		AtomicInteger handedOver = new AtomicInteger();
		BatchesAhead ahead = new BatchesAhead("test", 1, 1 << 20, (consumer) -> {
			converter.set(Thread.currentThread());
			for (int i = 0; i < 1_000; i++) {
				consumer.accept(new Batch(i, new byte[1], 1, 1, i + 1, i + 1));
				handedOver.incrementAndGet();
			}
			return new ConversionResult(null, 1_000, 1_000);
		});
		awaitBlocked(converter);
		ahead.close();
		converter.get().join();
		assertThat(handedOver).hasValue(1);
	}

	private static void awaitBlocked(AtomicReference<Thread> converter) {
		await().until(() -> converter.get() != null && converter.get().getState() == Thread.State.WAITING);
	}

	private static List<Integer> range(int n) {
		List<Integer> range = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			range.add(i);
		}
		return range;
	}

}
