package com.pushstudio.upload;

/** What the user chose to do when validation found bad rows. */
public enum RowPolicy {

	/** Send nothing unless every row is valid. */
	ALL_ROWS,

	/** Send the valid rows and leave out the others. */
	VALID_ROWS_ONLY

}
