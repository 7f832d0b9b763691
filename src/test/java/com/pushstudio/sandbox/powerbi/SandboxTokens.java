package com.pushstudio.sandbox.powerbi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Mints access tokens with the claims the sandbox identity provider issues (RS256, v1
 * issuer, {@code scp}, {@code oid}...), until tests can get them from it.
 */
final class SandboxTokens {

	static final String RESOURCE = "https://analysis.windows.net/powerbi/api";

	static final String ALL_SCOPES = "Dataset.ReadWrite.All Workspace.Read.All Content.Create Report.ReadWrite.All";

	static final String TENANT = "5a4db0c1-0000-4000-8000-00000000a11e";

	private final RSAKey key;

	private final Clock clock;

	SandboxTokens(RSAKey key, Clock clock) {
		this.key = key;
		this.clock = clock;
	}

	String forUser(String oid) {
		return token(oid, ALL_SCOPES, RESOURCE, Duration.ofHours(1), this.key);
	}

	String withScopes(String oid, String scopes) {
		return token(oid, scopes, RESOURCE, Duration.ofHours(1), this.key);
	}

	String expired(String oid) {
		return token(oid, ALL_SCOPES, RESOURCE, Duration.ofSeconds(-1), this.key);
	}

	String forAudience(String oid, String audience) {
		return token(oid, ALL_SCOPES, audience, Duration.ofHours(1), this.key);
	}

	/** Same key id, another key: the signature cannot verify. */
	String signedByStranger(String oid) throws JOSEException {
		RSAKey stranger = new RSAKeyGenerator(2048).keyID(this.key.getKeyID()).generate();
		return token(oid, ALL_SCOPES, RESOURCE, Duration.ofHours(1), stranger);
	}

	private String token(String oid, String scopes, String audience, Duration lifetime, RSAKey signer) {
		Instant now = this.clock.instant();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().audience(audience)
			.issuer("https://sts.windows.net/" + TENANT + "/")
			.claim("scp", scopes)
			.claim("tid", TENANT)
			.claim("oid", oid)
			.claim("upn", oid + "@sandbox.example")
			.claim("name", "Sandbox user " + oid)
			.issueTime(Date.from(now.minusSeconds(60)))
			.notBeforeTime(Date.from(now.minusSeconds(60)))
			.expirationTime(Date.from(now.plus(lifetime)))
			.jwtID(UUID.randomUUID().toString())
			.build();
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signer.getKeyID()).build(),
					claims);
			jwt.sign(new RSASSASigner(signer));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
