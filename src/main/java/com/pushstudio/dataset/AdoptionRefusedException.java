package com.pushstudio.dataset;

/**
 * A dataset that cannot be adopted, e.g. one that does not take pushed rows. The code
 * names the message the user reads.
 */
class AdoptionRefusedException extends RuntimeException {

	private final String code;

	AdoptionRefusedException(String code) {
		super(code);
		this.code = code;
	}

	String code() {
		return this.code;
	}

}
