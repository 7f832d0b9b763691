package com.pushstudio.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import com.pushstudio.csv.ColumnMapping;
import com.pushstudio.csv.CsvFileException;
import com.pushstudio.csv.CsvHeader;

import org.springframework.core.io.InputStreamSource;

/** Reads a job's stored file the way its settings say: header, mapping, the check. */
final class FileCheck {

	private final CsvPipeline pipeline;

	private final UploadFiles files;

	FileCheck(CsvPipeline pipeline, UploadFiles files) {
		this.pipeline = pipeline;
		this.files = files;
	}

	/**
	 * Deletes the job's uploaded file once the job has ended: it was kept only to check
	 * and to resume, and it is the user's data. The errors file stays for download.
	 */
	void discardIfEnded(UploadJob job) {
		if (job.state().finished()) {
			this.files.delete(job.filePath());
		}
	}

	/** The file's column names, or a problem that stops it from being read. */
	CsvHeader header(UploadJob job, JobSettings settings) {
		try {
			return this.pipeline.readHeader(CountingSource.of(Path.of(job.filePath())),
					settings.options().toCsvOptions());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	ColumnMapping mapping(UploadJob job, JobSettings settings) {
		CsvHeader header = header(job, settings);
		if (!header.problems().isEmpty()) {
			throw new CsvFileException(header.problems().get(0));
		}
		return settings.mapping(header.names());
	}

	/** Checks the whole file, sending nothing; every error goes to the errors CSV. */
	ValidationReport validate(JobProgress progress, JobSettings settings) throws IOException {
		UploadJob job = progress.job();
		ColumnMapping mapping = mapping(job, settings);
		InputStreamSource source = new CountingSource(Path.of(job.filePath()), (bytes) -> {
			progress.checkStillWanted();
			job.checking(bytes, progress.now());
			progress.save();
		});
		return this.pipeline.validate(source, settings.options().toCsvOptions(), mapping,
				this.files.errorsCsv(job.id()));
	}

	/**
	 * Batches of the rows after {@code skipThroughLine}, as the policy allows, numbered
	 * from {@code firstIndex}.
	 */
	ConversionResult convert(UploadJob job, JobSettings settings, RowPolicy policy, BatchLimits limits,
			long skipThroughLine, int firstIndex, Consumer<Batch> consumer) throws IOException {
		return this.pipeline.convert(CountingSource.of(Path.of(job.filePath())), settings.options().toCsvOptions(),
				mapping(job, settings), policy, limits, skipThroughLine, firstIndex, consumer);
	}

}
