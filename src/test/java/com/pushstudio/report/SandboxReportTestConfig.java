package com.pushstudio.report;

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
import com.pushstudio.account.PowerBiProperties;
import com.pushstudio.account.PowerBiTokens;
import com.pushstudio.sandbox.SandboxSigningKey;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Full-stack report tests talk to the sandbox over HTTP with tokens the sandbox accepts:
 * minted here for the principal name (the user's oid), as the sandbox identity provider
 * mints them, without a sign-in through the sandbox identity provider.
 */
@TestConfiguration(proxyBeanMethods = false)
class SandboxReportTestConfig {

	static final String TENANT = "5a4db0c1-0000-4000-8000-00000000a11e";

	static final String ALL_SCOPES = "Dataset.ReadWrite.All Workspace.Read.All Content.Create Report.ReadWrite.All";

	@Bean
	@Primary
	PowerBiTokens sandboxTestTokens(SandboxSigningKey key, PowerBiProperties powerBi) {
		return new PowerBiTokens() {

			@Override
			public String accessToken(String principalName) {
				return mint(key, powerBi.resource(), principalName);
			}

			@Override
			public String refreshedAccessToken(String principalName) {
				return mint(key, powerBi.resource(), principalName);
			}

		};
	}

	static String mint(SandboxSigningKey key, String resource, String oid) {
		Instant now = Instant.now();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().audience(resource)
			.issuer("https://sts.windows.net/" + TENANT + "/")
			.claim("scp", ALL_SCOPES)
			.claim("tid", TENANT)
			.claim("oid", oid)
			.claim("upn", oid + "@sandbox.example")
			.claim("name", "Report tester")
			.issueTime(Date.from(now.minusSeconds(60)))
			.expirationTime(Date.from(now.plus(Duration.ofHours(1))))
			.jwtID(UUID.randomUUID().toString())
			.build();
		try {
			SignedJWT jwt = new SignedJWT(
					new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.privateKey().getKeyID()).build(), claims);
			jwt.sign(new RSASSASigner(key.privateKey()));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
