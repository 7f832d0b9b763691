package com.pushstudio.account;

import java.util.regex.Pattern;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Checks an id token's issuer against the tenant it names. A multi-tenant sign-in
 * ({@code organizations}, {@code common}) has no single issuer: Azure AD writes
 * {@code {authority}/{tid}/v2.0}, so the expected value is built from the token's own
 * {@code tid}. With a tenant id configured, the token must also come from that tenant.
 */
class TenantIssuerValidator implements OAuth2TokenValidator<Jwt> {

	private static final Pattern GUID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private final CloudEndpoints endpoints;

	TenantIssuerValidator(CloudEndpoints endpoints) {
		this.endpoints = endpoints;
	}

	@Override
	public OAuth2TokenValidatorResult validate(Jwt token) {
		String tenantId = token.getClaimAsString("tid");
		if (tenantId == null || !GUID.matcher(tenantId).matches()) {
			return failure("The id token names no tenant (tid)");
		}
		String configured = this.endpoints.tenant();
		if (GUID.matcher(configured).matches() && !configured.equalsIgnoreCase(tenantId)) {
			return failure("The id token comes from another tenant than the configured one");
		}
		String expected = this.endpoints.issuerOf(tenantId);
		if (token.getIssuer() == null || !expected.equals(token.getIssuer().toString())) {
			return failure("The id token's issuer does not match its tenant");
		}
		return OAuth2TokenValidatorResult.success();
	}

	private static OAuth2TokenValidatorResult failure(String description) {
		return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_id_token", description, null));
	}

}
