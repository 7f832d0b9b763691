package com.pushstudio.account;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a missing or malformed token encryption key into Spring Boot's short "APPLICATION
 * FAILED TO START" report instead of a stack of bean creation errors.
 */
class TokenEncryptionKeyFailureAnalyzer extends AbstractFailureAnalyzer<TokenEncryptionKeyException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, TokenEncryptionKeyException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Set TOKEN_ENCRYPTION_KEY to one or more base64-encoded 256-bit keys, comma-separated, "
						+ "the first encrypting (make one with `openssl rand -base64 32`).",
				cause);
	}

}
