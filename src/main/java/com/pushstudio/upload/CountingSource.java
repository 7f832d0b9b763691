package com.pushstudio.upload;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;

import org.springframework.core.io.InputStreamSource;

/** The stored file, reporting how many bytes were read so far (for the progress bar). */
final class CountingSource implements InputStreamSource {

	private static final long REPORT_EVERY = 1 << 20;

	private final Path file;

	private final LongConsumer bytesRead;

	CountingSource(Path file, LongConsumer bytesRead) {
		this.file = file;
		this.bytesRead = bytesRead;
	}

	static InputStreamSource of(Path file) {
		return () -> Files.newInputStream(file);
	}

	@Override
	public InputStream getInputStream() throws IOException {
		return new FilterInputStream(Files.newInputStream(this.file)) {

			private long count;

			private long reported;

			@Override
			public int read() throws IOException {
				int b = super.read();
				counted((b >= 0) ? 1 : 0);
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int n = super.read(buffer, offset, length);
				counted(Math.max(n, 0));
				return n;
			}

			private void counted(int n) {
				this.count += n;
				if (this.count - this.reported >= REPORT_EVERY) {
					this.reported = this.count;
					CountingSource.this.bytesRead.accept(this.count);
				}
			}

		};
	}

}
