package com.pushstudio.account;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.springframework.util.StringUtils;

/**
 * Where the token encryption keys come from: the configured list; in sandbox mode without
 * one, a key generated once into the data folder (so a restart can still read the tokens
 * it stored); in azure mode without one, nowhere: start-up stops.
 */
final class TokenEncryptionKeys {

	static final String KEY_FILE = "token-encryption.key";

	static final int KEY_BYTES = 32;

	private static final String HOW_TO_MAKE_ONE = "Make one with `openssl rand -base64 32` and set it as "
			+ "TOKEN_ENCRYPTION_KEY (property push-studio.token-encryption-key).";

	private TokenEncryptionKeys() {
	}

	/** The raw keys, the primary (encrypting) one first. */
	static List<byte[]> resolve(TokenEncryptionProperties properties, boolean sandboxMode) {
		if (StringUtils.hasText(properties.tokenEncryptionKey())) {
			return parse(properties.tokenEncryptionKey());
		}
		if (!sandboxMode) {
			throw new TokenEncryptionKeyException("TOKEN_ENCRYPTION_KEY is required when AZURE_CLIENT_ID is set: "
					+ "the tokens of signed-in users are stored encrypted with it. " + HOW_TO_MAKE_ONE);
		}
		return List.of(loadOrCreate(properties.dataDir().resolve(KEY_FILE)));
	}

	static List<byte[]> parse(String configured) {
		String[] entries = configured.split(",", -1);
		List<byte[]> keys = new ArrayList<>(entries.length);
		for (int i = 0; i < entries.length; i++) {
			keys.add(decode(entries[i], "Key " + (i + 1) + " of " + entries.length + " in TOKEN_ENCRYPTION_KEY"));
		}
		return keys;
	}

	private static byte[] decode(String encoded, String which) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(encoded.strip());
		}
		catch (IllegalArgumentException ex) {
			// The decoder's message quotes the offending character: leave it out.
			throw new TokenEncryptionKeyException(which + " is not valid base64. " + HOW_TO_MAKE_ONE);
		}
		if (key.length != KEY_BYTES) {
			throw new TokenEncryptionKeyException(
					which + " is " + key.length + " bytes long, not " + KEY_BYTES + ". " + HOW_TO_MAKE_ONE);
		}
		return key;
	}

	private static byte[] loadOrCreate(Path file) {
		try {
			if (Files.exists(file)) {
				return decode(Files.readString(file, StandardCharsets.US_ASCII), "The sandbox key in " + file);
			}
			byte[] key = new byte[KEY_BYTES];
			new SecureRandom().nextBytes(key);
			writeOwnerOnly(file, Base64.getEncoder().encodeToString(key) + "\n");
			return key;
		}
		catch (IOException ex) {
			throw new TokenEncryptionKeyException("Cannot read or create the sandbox token encryption key " + file
					+ " (" + ex.getClass().getSimpleName() + "). Check the data folder, or set TOKEN_ENCRYPTION_KEY.");
		}
	}

	/**
	 * Written to a private temporary file first and moved into place, so the key is never
	 * readable by others, not even for a moment, and never half-written.
	 */
	private static void writeOwnerOnly(Path file, String content) throws IOException {
		Path folder = file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
		Path temporary = posix
				? Files.createTempFile(folder, KEY_FILE, ".tmp",
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
				: Files.createTempFile(folder, KEY_FILE, ".tmp");
		try {
			Files.writeString(temporary, content, StandardCharsets.US_ASCII);
			// A rename in the same folder; it refuses to replace a key another process
			// wrote meanwhile.
			Files.move(temporary, file);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

}
