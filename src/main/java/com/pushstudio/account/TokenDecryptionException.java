package com.pushstudio.account;

/**
 * A stored token could not be decrypted with any configured key: the key that wrote it
 * was dropped, or the ciphertext was altered or moved from another row. The message names
 * the row, never a token or a key.
 */
class TokenDecryptionException extends IllegalStateException {

	TokenDecryptionException(TokenSlot slot, Throwable cause) {
		super("Cannot decrypt the " + slot.describe() + " with any configured TOKEN_ENCRYPTION_KEY", cause);
	}

}
