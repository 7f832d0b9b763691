package com.pushstudio.powerbi;

import org.springframework.http.HttpHeaders;

/**
 * A complete HTTP answer from Power BI, body read in full so that a drop mid-answer
 * surfaces as I/O.
 */
record PowerBiAnswer(int status, HttpHeaders headers, byte[] body) {

	boolean successful() {
		return this.status >= 200 && this.status < 300;
	}

	boolean serverError() {
		return this.status >= 500;
	}

	boolean hasBody() {
		return this.body.length > 0;
	}

}
