package com.pushstudio.account;

import java.text.ParseException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;

/**
 * The claims of an access token as the Connection page shows them, for debugging consent
 * and scopes. The token is only decoded, not verified: it is the user's own, straight
 * from the token store, and meant for Power BI to check.
 */
record AccessTokenClaims(String audience, List<String> scopes, String tenantId, String user, String objectId,
		String issuer, String applicationId, Instant issuedAt, Instant expiresAt) {

	static Optional<AccessTokenClaims> decode(String accessToken) {
		try {
			JWTClaimsSet claims = JWTParser.parse(accessToken).getJWTClaimsSet();
			String scp = claims.getStringClaim("scp");
			String user = Optional.ofNullable(claims.getStringClaim("upn"))
				.orElse(claims.getStringClaim("preferred_username"));
			return Optional.of(new AccessTokenClaims(String.join(" ", claims.getAudience()),
					(scp != null) ? Arrays.asList(scp.split(" ")) : List.of(), claims.getStringClaim("tid"), user,
					claims.getStringClaim("oid"), claims.getIssuer(), claims.getStringClaim("appid"),
					instant(claims.getIssueTime()), instant(claims.getExpirationTime())));
		}
		catch (ParseException ex) {
			// Not a JWT (some clouds issue opaque tokens): the page says the claims
			// cannot be shown.
			return Optional.empty();
		}
	}

	private static Instant instant(Date date) {
		return (date != null) ? date.toInstant() : null;
	}

}
