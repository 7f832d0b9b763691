package com.pushstudio.support;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Access tokens shaped like the sandbox identity provider's (and Power BI's v1 tokens),
 * for tests that need a token without a sign-in, or one a sign-in would never give
 * (expired, wrong audience, another key).
 */
public final class SandboxJwts {

	public static final String RESOURCE = "https://analysis.windows.net/powerbi/api";

	public static final String ALL_SCOPES = "Dataset.ReadWrite.All Workspace.Read.All Content.Create Report.ReadWrite.All";

	public static final String TENANT = "5a4db0c1-0000-4000-8000-00000000a11e";

	private SandboxJwts() {
	}

	public static String accessToken(RSAKey signer, String audience, String oid, String scopes, Instant issuedAt,
			Instant expiresAt) {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().audience(audience)
			.issuer("https://sts.windows.net/" + TENANT + "/")
			.claim("ver", "1.0")
			.claim("scp", scopes)
			.claim("tid", TENANT)
			.claim("oid", oid)
			.claim("upn", oid + "@sandbox.example")
			.claim("name", "Sandbox user " + oid)
			.issueTime(Date.from(issuedAt))
			.notBeforeTime(Date.from(issuedAt))
			.expirationTime(Date.from(expiresAt))
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
