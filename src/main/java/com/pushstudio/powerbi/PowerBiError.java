package com.pushstudio.powerbi;

import java.io.Serializable;
import java.util.List;

/**
 * What Power BI said about a failed call: its error code, message and details, and the
 * {@code RequestId} header that Microsoft support asks for. Every part may be missing.
 */
record PowerBiError(int status, String code, String message, List<String> details,
		String requestId) implements Serializable {

	PowerBiError {
		details = (details != null) ? List.copyOf(details) : List.of();
	}

	static PowerBiError none() {
		return new PowerBiError(0, null, null, List.of(), null);
	}

	boolean hasCode(String candidate) {
		return candidate.equalsIgnoreCase(this.code);
	}

	boolean messageContains(String text) {
		return (this.message != null && this.message.contains(text))
				|| this.details.stream().anyMatch((detail) -> detail.contains(text));
	}

}
