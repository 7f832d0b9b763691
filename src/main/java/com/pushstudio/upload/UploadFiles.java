package com.pushstudio.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploaded files in {@code uploads/} of the data folder. Streamed from the multipart
 * temporary file, never held whole in memory, and refused when too big or not text.
 */
@Component
class UploadFiles {

	private final Path folder;

	private final DataSize maxFileSize;

	UploadFiles(@Value("${push-studio.data-dir}") Path dataDir, UploadProperties properties) {
		this.folder = dataDir.resolve("uploads").toAbsolutePath();
		this.maxFileSize = properties.maxFileSize();
	}

	/** Stores the file as {@code uploads/{id}.csv}. */
	Path store(String id, MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw new UploadRefusedException("Choose a CSV file: the file is empty or missing.");
		}
		if (file.getSize() > this.maxFileSize.toBytes()) {
			throw tooBig();
		}
		checkText(file);
		try {
			Files.createDirectories(this.folder);
			Path target = this.folder.resolve(id + ".csv");
			try (InputStream in = file.getInputStream()) {
				Files.copy(in, target);
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store the uploaded file", ex);
		}
	}

	UploadRefusedException tooBig() {
		return new UploadRefusedException("The file is larger than " + describe(this.maxFileSize)
				+ ", the largest file Push Studio takes. Split it and upload the parts one after another.");
	}

	Path errorsCsv(String id) {
		return this.folder.resolve(id + "-errors.csv");
	}

	void delete(String filePath) {
		try {
			Files.deleteIfExists(Path.of(filePath));
		}
		catch (IOException ex) {
			// Left for the next clean-up; the job is what matters.
		}
	}

	private static void checkText(MultipartFile file) {
		try (InputStream in = file.getInputStream()) {
			byte[] head = CsvInput.readUpTo(in, CsvInput.SNIFF_BYTES);
			CsvInput.checkText(head, CsvInput.bomLength(head));
		}
		catch (CsvFileException ex) {
			throw new UploadRefusedException("This file " + ex.error().reason() + ". Choose a CSV text file.");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the uploaded file", ex);
		}
	}

	private static String describe(DataSize size) {
		if (size.toGigabytes() >= 1 && size.toBytes() % DataSize.ofGigabytes(1).toBytes() == 0) {
			return size.toGigabytes() + " GB";
		}
		if (size.toMegabytes() >= 1) {
			return size.toMegabytes() + " MB";
		}
		return size.toBytes() + " bytes";
	}

}
