package com.pushstudio.consolidation;

/**
 * A source or schedule that cannot be made as asked; the message says why, for people.
 */
public class SourceRefusedException extends RuntimeException {

	public SourceRefusedException(String message) {
		super(message);
	}

}
