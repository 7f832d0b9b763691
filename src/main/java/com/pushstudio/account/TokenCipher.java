package com.pushstudio.account;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.util.SecretBytes;

/**
 * Encrypts stored tokens with Tink's AES-256-GCM. The keyset is built from the raw
 * configured keys: the first is primary, all decrypt. Each key's Tink id is derived from
 * the key itself, so the 5-byte prefix of every ciphertext keeps naming its key across
 * restarts and reorderings, which is what lets rotation find ciphertexts under old keys.
 */
class TokenCipher {

	private final Aead aead;

	private final byte[] primaryPrefix;

	TokenCipher(List<byte[]> keys) {
		try {
			AeadConfig.register();
			AesGcmParameters parameters = AesGcmParameters.builder()
				.setKeySizeBytes(TokenEncryptionKeys.KEY_BYTES)
				.setIvSizeBytes(12)
				.setTagSizeBytes(16)
				.setVariant(AesGcmParameters.Variant.TINK)
				.build();
			KeysetHandle.Builder keyset = KeysetHandle.newBuilder();
			byte[] primaryPrefix = null;
			for (byte[] raw : keys) {
				AesGcmKey key = AesGcmKey.builder()
					.setParameters(parameters)
					.setKeyBytes(SecretBytes.copyFrom(raw, InsecureSecretKeyAccess.get()))
					.setIdRequirement(keyId(raw))
					.build();
				KeysetHandle.Builder.Entry entry = KeysetHandle.importKey(key).withFixedId(keyId(raw));
				if (primaryPrefix == null) {
					entry.makePrimary();
					primaryPrefix = key.getOutputPrefix().toByteArray();
				}
				keyset.addEntry(entry);
			}
			this.aead = keyset.build().getPrimitive(RegistryConfiguration.get(), Aead.class);
			this.primaryPrefix = primaryPrefix;
		}
		catch (GeneralSecurityException ex) {
			// Tink's messages name key ids at most; the usual cause is one key listed
			// twice.
			throw new TokenEncryptionKeyException("The token encryption keys cannot be used together ("
					+ ex.getMessage() + "); is the same key listed twice in TOKEN_ENCRYPTION_KEY?");
		}
	}

	String encrypt(String token, TokenSlot slot) {
		try {
			byte[] ciphertext = this.aead.encrypt(token.getBytes(StandardCharsets.UTF_8), slot.associatedData());
			return Base64.getEncoder().encodeToString(ciphertext);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot encrypt the " + slot.describe(), ex);
		}
	}

	String decrypt(String ciphertext, TokenSlot slot) {
		try {
			byte[] plaintext = this.aead.decrypt(Base64.getDecoder().decode(ciphertext), slot.associatedData());
			return new String(plaintext, StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new TokenDecryptionException(slot, ex);
		}
	}

	/**
	 * Encrypts bytes under the primary key; the associated data must match to open them.
	 */
	byte[] seal(byte[] plaintext, byte[] associatedData) throws GeneralSecurityException {
		return this.aead.encrypt(plaintext, associatedData);
	}

	/** Decrypts what {@link #seal} wrote under any configured key. */
	byte[] open(byte[] ciphertext, byte[] associatedData) throws GeneralSecurityException {
		return this.aead.decrypt(ciphertext, associatedData);
	}

	/** Whether the ciphertext was written under the primary key (its prefix names it). */
	boolean isUnderPrimaryKey(String ciphertext) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(ciphertext);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return bytes.length > this.primaryPrefix.length
				&& Arrays.equals(bytes, 0, this.primaryPrefix.length, this.primaryPrefix, 0, this.primaryPrefix.length);
	}

	/**
	 * Stable per key, independent of its position in the list. A 32-bit slice of a hash
	 * of a random 256-bit key tells nothing about the key.
	 */
	private static int keyId(byte[] key) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			sha256.update("push-studio token key id".getBytes(StandardCharsets.US_ASCII));
			return ByteBuffer.wrap(sha256.digest(key)).getInt();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SHA-256 is missing from this Java runtime", ex);
		}
	}

}
