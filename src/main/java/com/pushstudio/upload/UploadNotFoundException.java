package com.pushstudio.upload;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such job for this user (another user's job is not found either), or no such table.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class UploadNotFoundException extends RuntimeException {

	UploadNotFoundException(String message) {
		super(message);
	}

}
