package com.pushstudio.sandbox.graph;

import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Set;

import com.nimbusds.jwt.JWTClaimsSet;
import com.pushstudio.sandbox.GraphResource;
import com.pushstudio.sandbox.SandboxSigningKey;

import org.springframework.stereotype.Component;

/**
 * Checks bearer tokens as Graph does: signed by the (sandbox) identity provider, meant
 * for the Graph resource, within their lifetime (401 {@code InvalidAuthenticationToken}
 * otherwise), and carrying a permission that reads sites (403 {@code accessDenied}
 * otherwise; "List items" names Sites.Read.All as least privileged). What is wrong with a
 * token is said in general words only: the token itself never reaches an answer or a log.
 */
@Component
class GraphTokens {

	/** The delegated scopes, or application roles, that read SharePoint lists. */
	static final List<String> READ_SITES = List.of("Sites.Read.All", "Sites.ReadWrite.All", "Sites.Manage.All",
			"Sites.FullControl.All");

	private final SandboxSigningKey signingKey;

	private final String audience;

	private final Clock clock;

	GraphTokens(SandboxSigningKey signingKey, GraphResource resource, GraphClock clock) {
		this.signingKey = signingKey;
		this.audience = resource.uri();
		this.clock = clock.clock();
	}

	void verify(String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			throw GraphApiException.unauthenticated("Access token is empty.");
		}
		JWTClaimsSet claims = verifiedClaims(authorization.substring(7).trim());
		if (claims.getAudience() == null || !claims.getAudience().contains(this.audience)) {
			throw GraphApiException.unauthenticated("Invalid audience.");
		}
		Instant now = this.clock.instant();
		Date expires = claims.getExpirationTime();
		Date notBefore = claims.getNotBeforeTime();
		if (expires == null || !now.isBefore(expires.toInstant())
				|| (notBefore != null && now.isBefore(notBefore.toInstant()))) {
			throw GraphApiException.unauthenticated("Lifetime validation failed, the token is expired.");
		}
		if (permissions(claims).stream().noneMatch(READ_SITES::contains)) {
			throw GraphApiException.accessDenied("Either scp or roles claim need to be present in the token.");
		}
	}

	private JWTClaimsSet verifiedClaims(String token) {
		try {
			return this.signingKey.verifiedClaims(token);
		}
		catch (SandboxSigningKey.UnverifiedTokenException ex) {
			throw ex.malformed() ? GraphApiException.unauthenticated("IDX14100: JWT is not well formed.")
					: GraphApiException.unauthenticated("Invalid signature.");
		}
	}

	/** Delegated tokens carry {@code scp}, app-only tokens {@code roles}. */
	private static Set<String> permissions(JWTClaimsSet claims) {
		try {
			String scp = claims.getStringClaim("scp");
			if (scp != null) {
				return Set.copyOf(Arrays.asList(scp.trim().split("\\s+")));
			}
			List<String> roles = claims.getStringListClaim("roles");
			return (roles != null) ? Set.copyOf(roles) : Set.of();
		}
		catch (ParseException ex) {
			return Set.of();
		}
	}

}
