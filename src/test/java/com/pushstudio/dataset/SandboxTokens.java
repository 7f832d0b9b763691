package com.pushstudio.dataset;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.pushstudio.account.PowerBiTokens;
import com.pushstudio.sandbox.SandboxSigningKey;

/**
 * Stands in for the token store: mints the access tokens the sandbox identity provider
 * would issue for a user, with every scope the designer needs.
 */
class SandboxTokens implements PowerBiTokens {

	private static final String TENANT = "5a4db0c1-0000-4000-8000-00000000a11e";

	private final SandboxSigningKey signingKey;

	private final String resource;

	SandboxTokens(SandboxSigningKey signingKey, String resource) {
		this.signingKey = signingKey;
		this.resource = resource;
	}

	@Override
	public String accessToken(String principalName) {
		Instant now = Instant.now();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().audience(this.resource)
			.issuer("https://sts.windows.net/" + TENANT + "/")
			.claim("scp", "Dataset.ReadWrite.All Workspace.Read.All Content.Create Report.ReadWrite.All")
			.claim("tid", TENANT)
			.claim("oid", UUID.nameUUIDFromBytes(principalName.getBytes(StandardCharsets.UTF_8)).toString())
			.claim("upn", principalName)
			.claim("name", principalName)
			.issueTime(Date.from(now.minus(Duration.ofMinutes(5))))
			.expirationTime(Date.from(now.plus(Duration.ofHours(1))))
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

	@Override
	public String refreshedAccessToken(String principalName) {
		return accessToken(principalName);
	}

}
