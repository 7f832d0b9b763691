package com.pushstudio.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader's ASCII fast path may only be faster: on any bytes, cut into any chunks, it
 * must return the same chars in the same reads and fail on the same read, with the same
 * error, as the same reader that hands every byte to the decoder.
 */
@Timeout(120)
class StrictDecodingReaderTests {

	/**
	 * Valid and broken UTF-8 pieces: multi-byte chars, lone and missing continuations,
	 * overlongs, surrogates.
	 */
	private static final int[][] PIECES = { { 'a' }, { ',' }, { '\n' }, { 0xC3, 0xBC }, { 0xE6, 0x9D, 0xB1 },
			{ 0xF0, 0x9F, 0x98, 0x80 }, { 0xC5, 0x81 }, { 0x80 }, { 0xBF }, { 0xC3 }, { 0xE6, 0x9D },
			{ 0xF0, 0x9F, 0x98 }, { 0xC0, 0xAF }, { 0xC1, 0xBF }, { 0xE0, 0x80, 0xAF }, { 0xED, 0xA0, 0x80 },
			{ 0xF4, 0x90, 0x80, 0x80 }, { 0xF5, 0x80, 0x80, 0x80 }, { 0xFF }, { 0xFE }, { 0x7F }, { 0x00 } };

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 })
	void utf8ReadsAreTheSameWithAndWithoutTheAsciiFastPath(int seed) throws IOException {
		Random random = new Random(seed);
		for (int round = 0; round < 300; round++) {
			// mostly valid text, with a broken piece now and then (or never)
			int brokenEvery = (round % 3 == 0) ? Integer.MAX_VALUE : 20 + random.nextInt(400);
			byte[] data = utf8Bytes(random, random.nextInt(40_000), brokenEvery);
			long chunkSeed = random.nextLong();
			long readSeed = random.nextLong();
			assertThat(reads(data, StandardCharsets.UTF_8, true, chunkSeed, readSeed))
				.isEqualTo(reads(data, StandardCharsets.UTF_8, false, chunkSeed, readSeed));
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3 })
	void windows1252ReadsAreTheSameWithAndWithoutTheAsciiFastPath(int seed) throws IOException {
		Random random = new Random(seed);
		for (int round = 0; round < 100; round++) {
			byte[] data = new byte[random.nextInt(40_000)];
			for (int i = 0; i < data.length; i++) {
				data[i] = (byte) ((random.nextInt(8) == 0) ? 128 + random.nextInt(128) : random.nextInt(128));
			}
			long chunkSeed = random.nextLong();
			long readSeed = random.nextLong();
			assertThat(reads(data, CsvOptions.WINDOWS_1252, true, chunkSeed, readSeed))
				.isEqualTo(reads(data, CsvOptions.WINDOWS_1252, false, chunkSeed, readSeed));
		}
	}

	private static byte[] utf8Bytes(Random random, int pieces, int brokenEvery) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (int i = 0; i < pieces; i++) {
			int[] piece;
			if (random.nextInt(brokenEvery) == 0) {
				piece = PIECES[random.nextInt(PIECES.length)];
			}
			else {
				// ASCII runs with a valid multi-byte char now and then
				piece = (random.nextInt(6) == 0) ? PIECES[3 + random.nextInt(4)]
						: new int[] { 32 + random.nextInt(95) };
			}
			for (int b : piece) {
				out.write(b);
			}
		}
		return out.toByteArray();
	}

	/** Every read's result, and the failure that ended the reading, as text. */
	private static List<String> reads(byte[] data, Charset charset, boolean fastPath, long chunkSeed, long readSeed) {
		CharsetDecoder decoder = charset.newDecoder();
		CodingErrorAction action = charset.equals(StandardCharsets.UTF_8) ? CodingErrorAction.REPORT
				: CodingErrorAction.REPLACE;
		decoder.onMalformedInput(action).onUnmappableCharacter(action);
		List<String> reads = new ArrayList<>();
		Random sizes = new Random(readSeed);
		try (StrictDecodingReader reader = new StrictDecodingReader(new ChunkedStream(data, chunkSeed), decoder,
				fastPath)) {
			char[] buf = new char[9000];
			while (true) {
				int off = sizes.nextInt(16);
				int n = reader.read(buf, off, 1 + sizes.nextInt(8000));
				if (n < 0) {
					reads.add("end");
					return reads;
				}
				reads.add(new String(buf, off, n));
			}
		}
		catch (IOException ex) {
			reads.add(ex.getClass().getName() + ": " + ex.getMessage());
			return reads;
		}
	}

	/** Hands out the bytes in chunks of random size, as a network stream may. */
	private static final class ChunkedStream extends InputStream {

		private final byte[] data;

		private final Random random;

		private int pos;

		ChunkedStream(byte[] data, long seed) {
			this.data = data;
			this.random = new Random(seed);
		}

		@Override
		public int read() {
			return (this.pos < this.data.length) ? this.data[this.pos++] & 0xFF : -1;
		}

		@Override
		public int read(byte[] b, int off, int len) {
			if (this.pos == this.data.length) {
				return -1;
			}
			int n = Math.min(Math.min(len, 1 + this.random.nextInt(5000)), this.data.length - this.pos);
			System.arraycopy(this.data, this.pos, b, off, n);
			this.pos += n;
			return n;
		}

	}

}
