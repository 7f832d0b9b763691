package com.pushstudio.sandbox.graph;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.pushstudio.sandbox.SandboxSigningKey;

import org.springframework.stereotype.Component;

/**
 * Delta and paging tokens: opaque to clients ("listItem: delta": "the token is opaque"),
 * signed so that a changed or made-up one is refused rather than read. The key is derived
 * from the sandbox's signing key, so tokens stay valid across restarts without another
 * secret file.
 */
@Component
class DeltaTokens {

	/**
	 * Where a delta stands.
	 *
	 * @param enumerating a first enumeration of the current items (after item
	 * {@code after}) up to change {@code upto}; else the changes after change
	 * {@code after} up to {@code upto}, or up to the list's latest when {@code upto < 0}
	 */
	record Position(String listId, int epoch, boolean enumerating, long after, long upto) {
	}

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private final SecretKeySpec key;

	DeltaTokens(SandboxSigningKey signingKey) throws GeneralSecurityException {
		byte[] secret = MessageDigest.getInstance("SHA-256")
			.digest(("graph-delta-tokens:" + signingKey.privateKey().toJSONString()).getBytes(StandardCharsets.UTF_8));
		this.key = new SecretKeySpec(secret, "HmacSHA256");
	}

	String token(Position position) {
		String payload = String.join("|", "1", position.listId(), String.valueOf(position.epoch()),
				position.enumerating() ? "E" : "D", String.valueOf(position.after()), String.valueOf(position.upto()));
		byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
		return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(mac(bytes));
	}

	/** The position of a token this sandbox made, or empty for anything else. */
	Optional<Position> read(String token) {
		if (token == null || token.length() > 1000) {
			return Optional.empty();
		}
		try {
			int dot = token.indexOf('.');
			byte[] payload = Base64.getUrlDecoder().decode(token.substring(0, dot));
			byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
			if (!MessageDigest.isEqual(mac(payload), signature)) {
				return Optional.empty();
			}
			String[] parts = new String(payload, StandardCharsets.UTF_8).split("\\|");
			if (parts.length != 6 || !"1".equals(parts[0])) {
				return Optional.empty();
			}
			return Optional.of(new Position(parts[1], Integer.parseInt(parts[2]), "E".equals(parts[3]),
					Long.parseLong(parts[4]), Long.parseLong(parts[5])));
		}
		catch (IllegalArgumentException | IndexOutOfBoundsException ex) {
			return Optional.empty();
		}
	}

	private byte[] mac(byte[] payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return mac.doFinal(payload);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
