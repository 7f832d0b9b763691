package com.pushstudio.powerbi;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.pushstudio.account.PowerBiTokens;
import com.pushstudio.sandbox.SandboxSigningKey;

/**
 * Stands in for the account feature's token store in tests against the sandbox: mints the
 * access tokens the sandbox identity provider would issue for a user.
 */
class SandboxUserTokens implements PowerBiTokens {

	static final String TENANT = "5a4db0c1-0000-4000-8000-00000000a11e";

	static final String ALL_SCOPES = "Dataset.ReadWrite.All Workspace.Read.All Content.Create Report.ReadWrite.All";

	final AtomicInteger refreshes = new AtomicInteger();

	private final SandboxSigningKey signingKey;

	private final String resource;

	private final Set<String> expireNext = ConcurrentHashMap.newKeySet();

	private final Map<String, String> scopes = new ConcurrentHashMap<>();

	SandboxUserTokens(SandboxSigningKey signingKey, String resource) {
		this.signingKey = signingKey;
		this.resource = resource;
	}

	/** The user's next stored token has expired, as after an hour of background work. */
	void expireNextToken(String principalName) {
		this.expireNext.add(principalName);
	}

	void grantOnly(String principalName, String scopes) {
		this.scopes.put(principalName, scopes);
	}

	@Override
	public String accessToken(String principalName) {
		boolean expired = this.expireNext.remove(principalName);
		return mint(principalName, expired ? Duration.ofMinutes(-5) : Duration.ofHours(1));
	}

	@Override
	public String refreshedAccessToken(String principalName) {
		this.refreshes.incrementAndGet();
		return mint(principalName, Duration.ofHours(1));
	}

	private String mint(String principalName, Duration lifetime) {
		Instant now = Instant.now();
		String oid = UUID.nameUUIDFromBytes(principalName.getBytes(StandardCharsets.UTF_8)).toString();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().audience(this.resource)
			.issuer("https://sts.windows.net/" + TENANT + "/")
			.claim("scp", this.scopes.getOrDefault(principalName, ALL_SCOPES))
			.claim("tid", TENANT)
			.claim("oid", oid)
			.claim("upn", principalName)
			.claim("name", principalName)
			.issueTime(Date.from(now.minus(Duration.ofMinutes(10))))
			.expirationTime(Date.from(now.plus(lifetime)))
			.build();
		try {
			SignedJWT jwt = new SignedJWT(
					new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.signingKey.privateKey().getKeyID()).build(),
					claims);
			jwt.sign(new RSASSASigner(this.signingKey.privateKey()));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
