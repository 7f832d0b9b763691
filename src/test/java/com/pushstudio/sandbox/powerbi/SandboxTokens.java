package com.pushstudio.sandbox.powerbi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.pushstudio.support.SandboxJwts;

/**
 * Access tokens the sandbox API must accept or refuse: good ones, and the ones a sign-in
 * never gives (expired, other audience, narrower scopes, another key).
 */
final class SandboxTokens {

	static final String RESOURCE = SandboxJwts.RESOURCE;

	static final String ALL_SCOPES = SandboxJwts.ALL_SCOPES;

	static final String TENANT = SandboxJwts.TENANT;

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
		return SandboxJwts.accessToken(signer, audience, oid, scopes, now.minusSeconds(60), now.plus(lifetime));
	}

}
