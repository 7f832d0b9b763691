package com.pushstudio.upload;

import java.util.List;

/**
 * The column names of a file, for the mapping page.
 *
 * @param names header names, or Column1… when the file has no header row
 * @param problems what stops the file from being mapped (empty, binary, duplicate names)
 */
public record CsvHeader(List<String> names, List<CellError> problems) {

	public CsvHeader {
		names = List.copyOf(names);
		problems = List.copyOf(problems);
	}

}
