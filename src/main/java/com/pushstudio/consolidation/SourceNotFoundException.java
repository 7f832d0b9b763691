package com.pushstudio.consolidation;

/**
 * No such source of this user: another user's source is not found either.
 */
public class SourceNotFoundException extends RuntimeException {

	public SourceNotFoundException(String message) {
		super(message);
	}

}
