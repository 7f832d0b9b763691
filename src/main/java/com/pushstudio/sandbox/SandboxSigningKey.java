package com.pushstudio.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.pushstudio.web.OwnerOnlyFiles;

/**
 * The RSA key the sandbox signs its tokens with. Kept in the data folder so that tokens
 * issued before a restart still verify after it, as Azure AD's keys outlive a process.
 */
public class SandboxSigningKey {

	private final RSAKey key;

	SandboxSigningKey(Path file) throws IOException {
		this.key = loadOrCreate(file);
	}

	/** The private key, for signing. */
	public RSAKey privateKey() {
		return this.key;
	}

	/** The public key set, as served at {@code discovery/v2.0/keys}. */
	public JWKSet publicKeys() {
		return new JWKSet(this.key.toPublicJWK());
	}

	/**
	 * The claims of a token this key signed with RS256, for the sandbox's APIs to check
	 * further in their own ways.
	 * @throws UnverifiedTokenException when the token is malformed or not signed by this
	 * key
	 */
	public JWTClaimsSet verifiedClaims(String token) {
		try {
			SignedJWT jwt = SignedJWT.parse(token);
			JWK key = publicKeys().getKeyByKeyId(jwt.getHeader().getKeyID());
			if (key == null || !JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())
					|| !jwt.verify(new RSASSAVerifier(key.toRSAKey()))) {
				throw new UnverifiedTokenException(false);
			}
			return jwt.getJWTClaimsSet();
		}
		catch (ParseException | JOSEException ex) {
			throw new UnverifiedTokenException(true);
		}
	}

	/** A bearer token the sandbox did not sign, or not a token at all. */
	public static final class UnverifiedTokenException extends RuntimeException {

		private final boolean malformed;

		UnverifiedTokenException(boolean malformed) {
			super(malformed ? "The token is malformed" : "The token's signature is not the sandbox's");
			this.malformed = malformed;
		}

		/** Not a signed JWT at all, rather than one with another signature. */
		public boolean malformed() {
			return this.malformed;
		}

	}

	private static RSAKey loadOrCreate(Path file) throws IOException {
		if (Files.exists(file)) {
			try {
				return RSAKey.parse(Files.readString(file));
			}
			catch (ParseException ex) {
				throw new IllegalStateException("The sandbox signing key in " + file + " is unreadable; delete it", ex);
			}
		}
		try {
			RSAKey created = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.keyID(UUID.randomUUID().toString())
				.generate();
			// A private key: owner-only before a byte of it is written.
			Files.writeString(OwnerOnlyFiles.createFile(file), created.toJSONString());
			return created;
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Could not create the sandbox signing key", ex);
		}
	}

}
