package com.pushstudio.upload;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
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
 * Sandbox access tokens for test users (principal name = oid), signed with the sandbox's
 * key. Like a token store whose expiry bookkeeping is off, it hands out the same token
 * until Power BI rejects it, so a short lifetime makes a token expire mid-upload.
 */
final class TestPowerBiTokens implements PowerBiTokens {

	static final String TENANT = "5a4db0c1-0000-4000-8000-00000000a11e";

	private final SandboxSigningKey key;

	private final String resource;

	private final Map<String, String> current = new ConcurrentHashMap<>();

	private final AtomicInteger refreshes = new AtomicInteger();

	private volatile Duration lifetime = Duration.ofHours(1);

	TestPowerBiTokens(SandboxSigningKey key, String resource) {
		this.key = key;
		this.resource = resource;
	}

	void lifetime(Duration lifetime) {
		this.lifetime = lifetime;
	}

	int refreshes() {
		return this.refreshes.get();
	}

	@Override
	public String accessToken(String principalName) {
		return this.current.computeIfAbsent(principalName, this::mint);
	}

	@Override
	public String refreshedAccessToken(String principalName) {
		this.refreshes.incrementAndGet();
		String token = mint(principalName);
		this.current.put(principalName, token);
		return token;
	}

	private String mint(String oid) {
		Instant now = Instant.now();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().audience(this.resource)
			.issuer("https://sts.windows.net/" + TENANT + "/")
			.claim("scp", "Dataset.ReadWrite.All Workspace.Read.All Content.Create Report.ReadWrite.All")
			.claim("tid", TENANT)
			.claim("oid", oid)
			.claim("upn", oid + "@sandbox.example")
			.claim("name", "Upload tester")
			.issueTime(Date.from(now.minusSeconds(5)))
			.expirationTime(Date.from(now.plus(this.lifetime)))
			.jwtID(UUID.randomUUID().toString())
			.build();
		try {
			SignedJWT jwt = new SignedJWT(
					new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.key.privateKey().getKeyID()).build(), claims);
			jwt.sign(new RSASSASigner(this.key.privateKey()));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
