package com.pushstudio.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.pushstudio.csv.ColumnMapping;
import com.pushstudio.csv.CsvOptions;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The first rows exactly as they will be sent: the JSON of a small first batch, one value
 * per mapped column as JSON text.
 *
 * @param columns the table columns that get values
 * @param rows each row's values as JSON ({@code "Ada"}, {@code 42}, {@code null})
 */
record Preview(List<String> columns, List<List<String>> rows) {

	static final int ROWS = 5;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static Preview of(CsvPipeline pipeline, Path file, CsvOptions options, ColumnMapping mapping) {
		List<String> columns = mapping.columns().stream().map((column) -> column.target().name()).toList();
		byte[][] first = new byte[1][];
		try {
			pipeline.convert(CountingSource.of(file), options, mapping, RowPolicy.VALID_ROWS_ONLY,
					new BatchLimits(ROWS, BatchLimits.DEFAULT_MAX_BYTES), 0, (batch) -> {
						first[0] = batch.json();
						throw new Enough();
					});
		}
		catch (Enough ex) {
			// One batch is all the preview shows.
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<List<String>> rows = new ArrayList<>();
		if (first[0] != null) {
			Map<String, List<Map<String, Object>>> body = JSON.readValue(first[0], new TypeReference<>() {
			});
			for (Map<String, Object> row : body.get("rows")) {
				rows.add(columns.stream().map((name) -> JSON.writeValueAsString(row.get(name))).toList());
			}
		}
		return new Preview(columns, rows);
	}

	private static final class Enough extends RuntimeException {

		Enough() {
			super(null, null, false, false);
		}

	}

}
