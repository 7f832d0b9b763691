package com.pushstudio.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

import com.pushstudio.csv.CsvFileException;
import com.pushstudio.csv.CsvInput;
import com.pushstudio.web.OwnerOnlyFiles;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploaded files in {@code uploads/} of the data folder, owner-only. Streamed from the
 * multipart temporary file, never held whole in memory, and refused when too big, not
 * text, or named beyond what a page should show.
 */
@Component
public class UploadFiles {

	static final String SUFFIX = ".csv";

	static final String ERRORS_SUFFIX = "-errors.csv";

	private final Path folder;

	private final DataSize maxFileSize;

	private final int maxFileNameLength;

	/**
	 * @param sharedFolder where several instances keep the files, so that any of them can
	 * run a job whatever instance took its file; blank: {@code uploads/} of the data
	 * folder
	 */
	UploadFiles(@Value("${push-studio.data-dir}") Path dataDir,
			@Value("${push-studio.upload.folder:}") String sharedFolder, UploadProperties properties) {
		this.folder = (sharedFolder.isBlank() ? dataDir.resolve("uploads") : Path.of(sharedFolder)).toAbsolutePath();
		this.maxFileSize = properties.maxFileSize();
		this.maxFileNameLength = properties.maxFileNameLength();
	}

	/**
	 * Refuses a file before anything is stored: missing, empty, too big, a name too long,
	 * or not text.
	 * @return the name to show for it
	 */
	String check(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw new UploadRefusedException("Choose a CSV file: the file is empty or missing.");
		}
		if (file.getSize() > this.maxFileSize.toBytes()) {
			throw tooBig();
		}
		String name = Objects.requireNonNullElse(file.getOriginalFilename(), "upload.csv");
		if (name.length() > this.maxFileNameLength) {
			throw new UploadRefusedException(
					String.format("The file's name is %,d characters long; Push Studio takes names of up to %,d. "
							+ "Rename the file and upload it again.", name.length(), this.maxFileNameLength));
		}
		checkText(file);
		return name.isBlank() ? "upload.csv" : name;
	}

	/** Where the file of upload {@code id} is kept. */
	Path pathOf(String id) {
		return this.folder.resolve(id + SUFFIX);
	}

	/** Stores the file at {@code target}, readable by this process's user only. */
	void store(Path target, MultipartFile file) {
		OwnerOnlyFiles.createFolder(this.folder);
		OwnerOnlyFiles.createFile(target);
		try (InputStream in = file.getInputStream();
				var out = Files.newOutputStream(target, StandardOpenOption.TRUNCATE_EXISTING)) {
			in.transferTo(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store the uploaded file", ex);
		}
	}

	/**
	 * Moves a file written elsewhere to {@code target}, readable by this process's user
	 * only.
	 */
	void moveIn(Path file, Path target) {
		OwnerOnlyFiles.createFolder(this.folder);
		OwnerOnlyFiles.createFile(target);
		try (InputStream in = Files.newInputStream(file);
				var out = Files.newOutputStream(target, StandardOpenOption.TRUNCATE_EXISTING)) {
			in.transferTo(out);
		}
		catch (IOException ex) {
			delete(target);
			throw new UncheckedIOException("Could not store the file", ex);
		}
		delete(file);
	}

	public UploadRefusedException tooBig() {
		return new UploadRefusedException("The file is larger than " + describe(this.maxFileSize)
				+ ", the largest file Push Studio takes. Split it and upload the parts one after another.");
	}

	Path errorsCsv(String id) {
		return this.folder.resolve(id + ERRORS_SUFFIX);
	}

	Path folder() {
		return this.folder;
	}

	void delete(String filePath) {
		delete(Path.of(filePath));
	}

	void delete(Path file) {
		try {
			Files.deleteIfExists(file);
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

	static String describe(DataSize size) {
		if (size.toGigabytes() >= 1 && size.toBytes() % DataSize.ofGigabytes(1).toBytes() == 0) {
			return size.toGigabytes() + " GB";
		}
		if (size.toMegabytes() >= 1 && size.toBytes() % DataSize.ofMegabytes(1).toBytes() == 0) {
			return size.toMegabytes() + " MB";
		}
		return String.format("%,d bytes", size.toBytes());
	}

}
