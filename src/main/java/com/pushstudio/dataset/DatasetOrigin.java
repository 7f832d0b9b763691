package com.pushstudio.dataset;

/** How a dataset came into Push Studio's record. */
public enum DatasetOrigin {

	/** Designed and created here: its schema is what Power BI accepted. */
	CREATED,

	/**
	 * Made elsewhere and adopted: its columns are what the user stated, since Power BI
	 * does not tell them.
	 */
	ADOPTED

}
