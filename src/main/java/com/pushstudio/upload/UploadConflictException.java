package com.pushstudio.upload;

/**
 * A choice that no longer applies: the upload moved on since the page was shown (it was
 * submitted already, it is running, it waits for something else). The message is written
 * for the person who pressed the button; programming errors never come this way.
 */
public class UploadConflictException extends RuntimeException {

	UploadConflictException(String message) {
		super(message);
	}

}
