package com.pushstudio.sandbox.identity;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Issued authorization codes, in memory: they live minutes, and a restart between consent
 * and redemption costs only a new sign-in. A redeemed code is remembered until it would
 * have expired, so that reuse is told apart from an unknown code.
 */
@Component
class AuthorizationCodes {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Map<String, CodeGrant> issued = new ConcurrentHashMap<>();

	private final Map<String, Instant> redeemed = new ConcurrentHashMap<>();

	private final SandboxProperties properties;

	AuthorizationCodes(SandboxProperties properties) {
		this.properties = properties;
	}

	Instant expiry() {
		return Instant.now().plus(this.properties.codeLifetime());
	}

	String issue(CodeGrant grant) {
		forgetExpired();
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String code = "1.SBX." + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		this.issued.put(code, grant);
		return code;
	}

	/** Takes a code out for good: whatever happens next, it cannot be redeemed again. */
	CodeGrant redeem(String code) {
		CodeGrant grant = this.issued.remove(code);
		if (grant == null) {
			if (this.redeemed.containsKey(code)) {
				throw AadException.invalidGrant(54005, "OAuth2 Authorization code was already redeemed, please "
						+ "retry with a new valid code or use an existing refresh token.");
			}
			throw AadException.invalidGrant(9002313, "Invalid request. Request is malformed or invalid. "
					+ "The authorization code is not one this sandbox issued.");
		}
		this.redeemed.put(code, grant.expiresAt());
		if (!Instant.now().isBefore(grant.expiresAt())) {
			throw AadException.invalidGrant(70008, "The provided authorization code or refresh token has expired "
					+ "due to inactivity. Send a new interactive authorization request for this user and resource.");
		}
		return grant;
	}

	private void forgetExpired() {
		// Kept a while past expiry, so that a late redemption is told it came too late.
		Instant now = Instant.now().minus(this.properties.codeLifetime());
		this.issued.values().removeIf((grant) -> now.isAfter(grant.expiresAt()));
		this.redeemed.values().removeIf(now::isAfter);
	}

}
