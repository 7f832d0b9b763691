package com.pushstudio.account;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-encrypts, at start-up, every stored token that is not under the primary (first) key.
 * Rotating is then: put the new key first, restart, and drop the old key at the next
 * restart. A row no configured key can read (its key was dropped too early, or it was
 * altered) is marked "needs consent", so its user is sent through consent, which
 * overwrites it.
 */
@Component
class TokenKeyRotation implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(TokenKeyRotation.class);

	private final StoredConnectionRepository connections;

	private final TokenCipher cipher;

	TokenKeyRotation(StoredConnectionRepository connections, TokenCipher cipher) {
		this.connections = connections;
		this.cipher = cipher;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		int reEncrypted = 0;
		int unreadable = 0;
		for (StoredConnection stored : this.connections.findAll()) {
			if (underPrimaryKey(stored)) {
				continue;
			}
			try {
				reEncrypt(stored);
				reEncrypted++;
			}
			catch (TokenDecryptionException ex) {
				// The message names the row, never a token.
				logger.warn("{}; the user must consent again", ex.getMessage());
				stored.needsConsent = true;
				stored.updatedAt = Instant.now();
				unreadable++;
			}
		}
		if (reEncrypted > 0 || unreadable > 0) {
			logger.info("Token key rotation: re-encrypted {} connection(s) with the primary key, {} unreadable",
					reEncrypted, unreadable);
		}
	}

	private boolean underPrimaryKey(StoredConnection stored) {
		return this.cipher.isUnderPrimaryKey(stored.accessTokenCiphertext) && (stored.refreshTokenCiphertext == null
				|| this.cipher.isUnderPrimaryKey(stored.refreshTokenCiphertext));
	}

	/**
	 * Both tokens are decrypted before either is written: a row is rotated whole or not
	 * at all.
	 */
	private void reEncrypt(StoredConnection stored) {
		TokenSlot access = TokenSlot.access(stored.registrationId, stored.principalName);
		TokenSlot refresh = TokenSlot.refresh(stored.registrationId, stored.principalName);
		String accessToken = this.cipher.decrypt(stored.accessTokenCiphertext, access);
		String refreshToken = (stored.refreshTokenCiphertext != null)
				? this.cipher.decrypt(stored.refreshTokenCiphertext, refresh) : null;
		stored.accessTokenCiphertext = this.cipher.encrypt(accessToken, access);
		stored.refreshTokenCiphertext = (refreshToken != null) ? this.cipher.encrypt(refreshToken, refresh) : null;
	}

}
