package com.pushstudio.powerbi;

/**
 * The dataset exists but is not a push dataset ("Dataset ... is not Push API dataset."),
 * so rows cannot be pushed into it nor its tables changed.
 */
public class NotPushDatasetException extends PowerBiNotFoundException {

	NotPushDatasetException(PowerBiError error) {
		super("This dataset is not a push dataset: Power BI accepts rows only into datasets created for pushing. "
				+ "Choose a push dataset or create a new one.", error);
	}

}
