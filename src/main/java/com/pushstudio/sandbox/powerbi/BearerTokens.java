package com.pushstudio.sandbox.powerbi;

import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Set;

import com.nimbusds.jwt.JWTClaimsSet;
import com.pushstudio.sandbox.PowerBiResource;
import com.pushstudio.sandbox.SandboxSigningKey;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Checks bearer tokens as Power BI does: signed by the (sandbox) identity provider, meant
 * for the Power BI resource, not expired. Expiry is a 403 {@code TokenExpired} there, not
 * a 401, and clients must handle that.
 */
@Component
class BearerTokens {

	private final SandboxSigningKey signingKey;

	private final String resource;

	private final Clock clock;

	BearerTokens(SandboxSigningKey signingKey, PowerBiResource powerBi, SandboxClock clock) {
		this.signingKey = signingKey;
		this.resource = powerBi.uri();
		this.clock = clock.clock();
	}

	SandboxCaller verify(String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			throw PowerBiApiException.notAuthorized("The request has no bearer token.");
		}
		JWTClaimsSet claims = verifiedClaims(authorization.substring(7).trim());
		if (!claims.getAudience().contains(this.resource)) {
			throw PowerBiApiException.notAuthorized("The token is not meant for " + this.resource + ".");
		}
		Instant now = this.clock.instant();
		Date expires = claims.getExpirationTime();
		if (expires == null || !now.isBefore(expires.toInstant())) {
			throw PowerBiApiException.forbidden("TokenExpired",
					"Access token has expired, resubmit with a new access token");
		}
		Date notBefore = claims.getNotBeforeTime();
		if (notBefore != null && now.isBefore(notBefore.toInstant())) {
			throw PowerBiApiException.notAuthorized("The token is not valid yet.");
		}
		return caller(claims);
	}

	private JWTClaimsSet verifiedClaims(String token) {
		try {
			return this.signingKey.verifiedClaims(token);
		}
		catch (SandboxSigningKey.UnverifiedTokenException ex) {
			throw ex.malformed() ? PowerBiApiException.notAuthorized("The bearer token is malformed.")
					: PowerBiApiException.notAuthorized("The token signature is invalid.");
		}
	}

	private SandboxCaller caller(JWTClaimsSet claims) {
		try {
			String oid = claims.getStringClaim("oid");
			String tid = claims.getStringClaim("tid");
			if (!StringUtils.hasText(oid) || !("https://sts.windows.net/" + tid + "/").equals(claims.getIssuer())) {
				throw PowerBiApiException.notAuthorized("The token has no user or a foreign issuer.");
			}
			String scp = claims.getStringClaim("scp");
			Set<String> scopes = (scp != null) ? Set.copyOf(Arrays.asList(scp.trim().split("\\s+"))) : Set.of();
			boolean app = scp == null && claims.getClaim("roles") != null;
			return new SandboxCaller(oid, tid, claims.getStringClaim("upn"), claims.getStringClaim("name"), scopes,
					app);
		}
		catch (ParseException ex) {
			throw PowerBiApiException.notAuthorized("The token claims are malformed.");
		}
	}

}
