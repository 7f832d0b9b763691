package com.pushstudio.consolidation;

/**
 * A draft or schedule that cannot be taken; the message says why, for people, and nothing
 * was changed.
 */
public class SourceRefusedException extends RuntimeException {

	public SourceRefusedException(String message) {
		super(message);
	}

}
