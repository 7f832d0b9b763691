package com.pushstudio.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Opens an uploaded file as text: refuses empty and binary files up front, skips a UTF-8
 * byte order mark, and decodes strictly so that a non-UTF-8 file is reported rather than
 * silently garbled. Only the first 64 KB are looked at before streaming.
 */
public final class CsvInput {

	public static final int SNIFF_BYTES = 64 * 1024;

	private CsvInput() {
	}

	static Reader open(InputStream raw, CsvOptions options) throws IOException {
		BufferedInputStream in = new BufferedInputStream(raw, SNIFF_BYTES);
		in.mark(SNIFF_BYTES);
		byte[] head = readUpTo(in, SNIFF_BYTES);
		in.reset();
		int bom = bomLength(head);
		checkText(head, bom);
		in.skipNBytes(bom);
		CharsetDecoder decoder = options.charset().newDecoder();
		boolean utf8 = options.charset().equals(StandardCharsets.UTF_8);
		if (utf8) {
			decoder.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
		}
		else {
			decoder.onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
		}
		return new StrictDecodingReader(in, decoder, utf8 || options.charset().equals(CsvOptions.WINDOWS_1252));
	}

	public static byte[] readUpTo(InputStream in, int max) throws IOException {
		return in.readNBytes(max);
	}

	public static int bomLength(byte[] head) {
		return (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF)
				? 3 : 0;
	}

	/** Throws when the first bytes show an empty or binary file. */
	public static void checkText(byte[] head, int bom) {
		boolean blank = true;
		int controls = 0;
		for (int i = bom; i < head.length; i++) {
			int b = head[i] & 0xFF;
			if (b == 0) {
				throw new CsvFileException(CellError.ofFile(
						"is not a text CSV file: it contains NUL bytes (binary data, or UTF-16, which is not supported)"));
			}
			if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
				controls++;
			}
			blank &= (b == ' ' || b == '\t' || b == '\n' || b == '\r');
		}
		if (blank) {
			throw new CsvFileException(CellError.ofFile("is empty"));
		}
		if (controls > Math.max(8, (head.length - bom) / 100)) {
			throw new CsvFileException(
					CellError.ofFile("is not a text CSV file: it is full of control characters (binary data)"));
		}
	}

}
