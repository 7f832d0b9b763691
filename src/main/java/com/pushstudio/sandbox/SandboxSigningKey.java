package com.pushstudio.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
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
