package com.pushstudio.upload;

/** The file is refused before anything else happens; the message says why. */
public class UploadRefusedException extends RuntimeException {

	UploadRefusedException(String message) {
		super(message);
	}

}
