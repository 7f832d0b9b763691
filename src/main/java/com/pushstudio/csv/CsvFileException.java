package com.pushstudio.csv;

/** The file as a whole cannot be read: empty, binary, or broken past a point. */
public class CsvFileException extends RuntimeException {

	private final transient CellError error;

	public CsvFileException(CellError error) {
		super(error.toString());
		this.error = error;
	}

	public CellError error() {
		return this.error;
	}

}
