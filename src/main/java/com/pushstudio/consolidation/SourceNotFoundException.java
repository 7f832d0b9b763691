package com.pushstudio.consolidation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such source for this user: another user's source is not found either. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class SourceNotFoundException extends RuntimeException {

	public SourceNotFoundException(String message) {
		super(message);
	}

}
