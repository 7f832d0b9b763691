package com.pushstudio.upload;

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
 */
final class StrictDecodingReader extends Reader {

	private final InputStream in;

	private final CharsetDecoder decoder;

	private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024).flip();

	private boolean eof;

	private CoderResult pendingError;

	StrictDecodingReader(InputStream in, CharsetDecoder decoder) {
		this.in = in;
		this.decoder = decoder;
	}

	@Override
	public int read(char[] cbuf, int off, int len) throws IOException {
		if (this.pendingError != null) {
			this.pendingError.throwException();
		}
		CharBuffer out = CharBuffer.wrap(cbuf, off, len);
		while (true) {
			CoderResult result = this.decoder.decode(this.bytes, out, this.eof);
			if (result.isError()) {
				if (out.position() > off) {
					this.pendingError = result;
					return out.position() - off;
				}
				result.throwException();
			}
			if (result.isOverflow() || out.position() > off && !this.eof) {
				return out.position() - off;
			}
			if (this.eof) {
				this.decoder.flush(out);
				return (out.position() > off) ? out.position() - off : -1;
			}
			fill();
		}
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
