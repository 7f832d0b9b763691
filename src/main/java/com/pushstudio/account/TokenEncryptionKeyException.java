package com.pushstudio.account;

/**
 * The token encryption keys are missing or malformed. The message says what to do and
 * never contains key material.
 */
class TokenEncryptionKeyException extends IllegalStateException {

	TokenEncryptionKeyException(String message) {
		super(message);
	}

}
