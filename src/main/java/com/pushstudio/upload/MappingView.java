package com.pushstudio.upload;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.pushstudio.csv.CellError;
import com.pushstudio.csv.ColumnMapping.MappedColumn;
import com.pushstudio.csv.ColumnMapping;
import com.pushstudio.csv.CsvFileException;
import com.pushstudio.csv.CsvHeader;
import com.pushstudio.csv.CsvOptions;
import com.pushstudio.csv.TableColumn;

/**
 * The options and mapping page of a draft.
 *
 * @param csvColumns per CSV column, its name and the table column it feeds ("" for none)
 * @param problems what stops the file from being read with these options
 * @param preview the first rows as they will be sent, or {@code null} with problems
 */
record MappingView(String id, String fileName, String tableName, FileOptions options, List<CsvColumn> csvColumns,
		List<String> tableColumns, List<String> unmatchedTableColumns, List<CellError> problems, Preview preview) {

	record CsvColumn(int index, String name, String target) {
	}

	static MappingView of(UploadJob job, JobSettings settings, CsvPipeline pipeline) {
		List<String> tableColumns = settings.tableColumns().stream().map(TableColumn::name).toList();
		CsvOptions options;
		try {
			options = settings.options().toCsvOptions();
		}
		catch (IllegalArgumentException ex) {
			return new MappingView(job.id(), job.fileName(), job.tableName(), settings.options(), List.of(),
					tableColumns, List.of(), List.of(CellError.ofFile(ex.getMessage())), null);
		}
		CsvHeader header;
		try {
			header = pipeline.readHeader(CountingSource.of(Path.of(job.filePath())), options);
		}
		catch (java.io.IOException | java.io.UncheckedIOException ex) {
			return unreadable(job, settings, tableColumns, ex);
		}
		if (!header.problems().isEmpty()) {
			return new MappingView(job.id(), job.fileName(), job.tableName(), settings.options(), List.of(),
					tableColumns, List.of(), header.problems(), null);
		}
		ColumnMapping mapping = settings.mapping(header.names());
		List<CsvColumn> columns = new ArrayList<>();
		for (int i = 0; i < header.names().size(); i++) {
			String target = "";
			for (MappedColumn mapped : mapping.columns()) {
				if (mapped.csvIndex() == i) {
					target = mapped.target().name();
				}
			}
			columns.add(new CsvColumn(i, header.names().get(i), target));
		}
		List<String> unmatched = mapping.unmatchedTableColumns().stream().map(TableColumn::name).toList();
		Preview preview;
		try {
			preview = Preview.of(pipeline, Path.of(job.filePath()), options, mapping);
		}
		catch (java.io.UncheckedIOException | CsvFileException ex) {
			return unreadable(job, settings, tableColumns, ex);
		}
		return new MappingView(job.id(), job.fileName(), job.tableName(), settings.options(), columns, tableColumns,
				unmatched, List.of(), preview);
	}

	/**
	 * A file the chosen options cannot read, e.g. a Windows-1252 file read as UTF-8: the
	 * page says so and keeps the options editable, instead of failing.
	 */
	private static MappingView unreadable(UploadJob job, JobSettings settings, List<String> tableColumns,
			Exception ex) {
		CellError problem;
		if (ex instanceof CsvFileException file) {
			problem = file.error();
		}
		else if (ex.getCause() instanceof java.nio.charset.CharacterCodingException
				|| ex instanceof java.nio.charset.CharacterCodingException) {
			problem = CellError.ofFile("The file is not valid " + settings.options().encoding()
					+ " text: choose the encoding it was saved in (Windows-1252 for most older Excel exports).");
		}
		else {
			throw (ex instanceof RuntimeException runtime) ? runtime
					: new java.io.UncheckedIOException((java.io.IOException) ex);
		}
		return new MappingView(job.id(), job.fileName(), job.tableName(), settings.options(), List.of(), tableColumns,
				List.of(), List.of(problem), null);
	}

	/** The zones to choose from, the chosen one among them. */
	public List<TimeZoneChoices.Group> timeZones() {
		return TimeZoneChoices.around(this.options.timeZone());
	}

	public boolean readable() {
		return this.problems.isEmpty();
	}

}
