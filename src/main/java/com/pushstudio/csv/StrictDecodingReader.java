package com.pushstudio.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;

/**
 * Decodes like {@link java.io.InputStreamReader}, but hands out the good text before a
 * malformed byte and fails only on the read that reaches it, so the CSV reader knows on
 * which line the bad byte sits. (InputStreamReader fails on the whole chunk at once.)
 * <p>
 * For charsets where every byte below 0x80 is that ASCII char (UTF-8, Windows-1252) runs
 * of such bytes are copied by hand and only the bytes in between go through the decoder.
 * This exists because the JDK 17 UTF-8 decoder copies ASCII in bulk only up to the first
 * non-ASCII byte of a buffer and goes byte by byte from there: with one "Müller" per row,
 * decoding was about 30 % of the whole pipeline. The decoder still sees every non-ASCII
 * byte, plus the ASCII byte after it, so it accepts, rejects and reports exactly as
 * before, and reads return the same chunks as before.
 */
final class StrictDecodingReader extends Reader {

	private final InputStream in;

	private final CharsetDecoder decoder;

	private final boolean asciiCompatible;

	private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024).flip();

	private boolean eof;

	private CoderResult pendingError;

	StrictDecodingReader(InputStream in, CharsetDecoder decoder, boolean asciiCompatible) {
		this.in = in;
		this.decoder = decoder;
		this.asciiCompatible = asciiCompatible;
	}

	@Override
	public int read(char[] cbuf, int off, int len) throws IOException {
		if (this.pendingError != null) {
			this.pendingError.throwException();
		}
		CharBuffer out = CharBuffer.wrap(cbuf, off, len);
		while (true) {
			int limit = this.bytes.limit();
			int windowEnd = limit;
			if (this.asciiCompatible) {
				copyAscii(out);
				windowEnd = nonAsciiRunEnd();
			}
			boolean whole = windowEnd == limit;
			this.bytes.limit(windowEnd);
			CoderResult result = this.decoder.decode(this.bytes, out, this.eof && whole);
			this.bytes.limit(limit);
			if (result.isError()) {
				if (out.position() > off) {
					this.pendingError = result;
					return out.position() - off;
				}
				result.throwException();
			}
			if (result.isOverflow()) {
				return out.position() - off;
			}
			if (!whole && this.bytes.position() == windowEnd) {
				// the run was decoded up to and including the ASCII byte after it
				continue;
			}
			if (out.position() > off && !this.eof) {
				return out.position() - off;
			}
			if (this.eof) {
				this.decoder.flush(out);
				return (out.position() > off) ? out.position() - off : -1;
			}
			fill();
		}
	}

	/** Copies bytes below 0x80 as chars while both buffers allow. */
	private void copyAscii(CharBuffer out) {
		byte[] src = this.bytes.array();
		char[] dst = out.array();
		int s = this.bytes.position();
		int d = out.position();
		int end = s + Math.min(this.bytes.remaining(), out.remaining());
		while (s < end) {
			byte b = src[s];
			if (b < 0) {
				break;
			}
			dst[d++] = (char) b;
			s++;
		}
		this.bytes.position(s);
		out.position(d);
	}

	/**
	 * Where the decoder's window ends: just after the first ASCII byte that follows the
	 * non-ASCII bytes at the position, or the limit. Including that ASCII byte makes a
	 * sequence cut short by it malformed, as it is when the decoder sees the whole
	 * buffer.
	 */
	private int nonAsciiRunEnd() {
		byte[] src = this.bytes.array();
		int limit = this.bytes.limit();
		for (int i = this.bytes.position(); i < limit; i++) {
			if (src[i] >= 0) {
				return i + 1;
			}
		}
		return limit;
	}

	private void fill() throws IOException {
		this.bytes.compact();
		int n = this.in.read(this.bytes.array(), this.bytes.position(), this.bytes.remaining());
		if (n < 0) {
			this.eof = true;
		}
		else {
			this.bytes.position(this.bytes.position() + n);
		}
		this.bytes.flip();
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

}
