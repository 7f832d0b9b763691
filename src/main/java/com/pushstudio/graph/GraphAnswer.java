package com.pushstudio.graph;

import org.springframework.http.HttpHeaders;

/**
 * What Graph answered to one request, read whole (and bounded) before it is looked at.
 */
record GraphAnswer(int status, HttpHeaders headers, byte[] body) {

	boolean successful() {
		return this.status >= 200 && this.status < 300;
	}

	/** The id Microsoft support asks for. */
	String requestId() {
		return this.headers.getFirst("request-id");
	}

}
