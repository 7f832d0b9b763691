package com.pushstudio.dataset;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No design of this user has that dataset (or table): it is someone else's or does not
 * exist, and the answer does not say which.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class DesignNotFoundException extends RuntimeException {

	DesignNotFoundException() {
		super("No such dataset design for this user");
	}

}
