package com.pushstudio.upload;

/** The file as a whole cannot be read: empty, binary, or broken past a point. */
class CsvFileException extends RuntimeException {

	private final transient CellError error;

	CsvFileException(CellError error) {
		super(error.toString());
		this.error = error;
	}

	CellError error() {
		return this.error;
	}

}
