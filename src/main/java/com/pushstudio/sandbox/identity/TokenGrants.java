package com.pushstudio.sandbox.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * The four grants of the token endpoint, each checked as Azure AD checks it. The client
 * is already authenticated when these run.
 */
@Service
class TokenGrants {

	private final AuthorizationCodes codes;

	private final SandboxRefreshTokens refreshTokens;

	private final DemoDirectory directory;

	private final TenantConsents consents;

	private final Resources resources;

	private final SandboxProperties properties;

	private final TokenIssuer issuer;

	TokenGrants(AuthorizationCodes codes, SandboxRefreshTokens refreshTokens, DemoDirectory directory,
			TenantConsents consents, Resources resources, SandboxProperties properties, TokenIssuer issuer) {
		this.codes = codes;
		this.refreshTokens = refreshTokens;
		this.directory = directory;
		this.consents = consents;
		this.resources = resources;
		this.properties = properties;
		this.issuer = issuer;
	}

	TokenResponse authorizationCode(String segment, String clientId, Map<String, String> form, String authority) {
		CodeGrant grant = this.codes.redeem(required(form, "code"));
		requireTenant(segment, grant.tenantId());
		if (!grant.redirectUri().equals(required(form, "redirect_uri"))) {
			throw AadException.invalidGrant(500112,
					"The reply address '" + form.get("redirect_uri") + "' does not match the reply address '"
							+ grant.redirectUri() + "' provided when requesting Authorization code.");
		}
		if (grant.codeChallenge() != null && !Pkce.verifies(form.get("code_verifier"), grant)) {
			throw AadException.invalidGrant(501481,
					"The Code_Verifier does not match the code_challenge supplied in the authorization request.");
		}
		DemoUser user = this.directory.user(grant.userObjectId()).orElseThrow();
		ScopeSet scopes = ScopeSet.parse(grant.scope(), this.resources);
		return this.issuer.forUser(new TokenIssuer.Grant(tenant(grant.tenantId()), user, clientId, scopes,
				grant.nonce(), clientInfo(form)), authority);
	}

	TokenResponse refreshToken(String segment, String clientId, Map<String, String> form, String authority) {
		RefreshTokenEntry entry = this.refreshTokens.redeem(required(form, "refresh_token"), clientId);
		requireTenant(segment, entry.tenantId());
		ScopeSet granted = ScopeSet.parse(entry.scope(), this.resources);
		DemoUser user = this.directory.user(entry.userObjectId()).orElseThrow();
		return this.issuer.forUser(new TokenIssuer.Grant(tenant(entry.tenantId()), user, clientId,
				narrowed(granted, form.get("scope"), clientId), null, clientInfo(form)), authority);
	}

	TokenResponse clientCredentials(String segment, String clientId, Map<String, String> form) {
		ScopeSet scopes = ScopeSet.parse(required(form, "scope"), this.resources);
		// OpenID scopes beside it are accepted and ignored, as Azure AD does: MSAL adds
		// "openid profile offline_access" to every request, client credentials included.
		if (!scopes.dotDefault() || !scopes.permissions().isEmpty()) {
			throw AadException.badRequest("invalid_scope", 1002012, "The provided value for scope " + form.get("scope")
					+ " is not valid. Client credential flows must have a scope value with /.default suffixed to "
					+ "the resource identifier (application ID URI).");
		}
		if (!this.resources.powerBi().equals(scopes.resource())) {
			throw AadException.badRequest("invalid_scope", 70011, "The provided value for the input parameter "
					+ "'scope' is not valid. The sandbox issues app-only tokens for Power BI only.");
		}
		if (DemoDirectory.isMultiTenant(segment)) {
			throw AadException.invalidRequest(50059, "No tenant-identifying information found in either the "
					+ "request or implied by any provided credentials.");
		}
		return this.issuer.forApp(this.directory.tenantsFor(segment).get(0), clientId);
	}

	TokenResponse password(String segment, String clientId, Map<String, String> form, String authority) {
		String username = required(form, "username");
		String password = required(form, "password");
		ScopeSet scopes = ScopeSet.parse(required(form, "scope"), this.resources).delegated(this.resources);
		List<DemoTenant> tenants = this.directory.tenantsFor(segment);
		DemoUser user = this.directory.user(username)
			.filter((found) -> found.username().equalsIgnoreCase(username))
			.filter((found) -> tenants.contains(this.directory.tenantOf(found).orElseThrow()))
			.orElseThrow(() -> AadException.invalidGrant(50034,
					"The user account " + username + " does not exist in the directory."));
		if (!MessageDigest.isEqual(password.getBytes(StandardCharsets.UTF_8),
				this.properties.demoPassword().getBytes(StandardCharsets.UTF_8))) {
			throw AadException.invalidGrant(50126, "Error validating credentials due to invalid username or password.");
		}
		if (user.mfaRequired()) {
			throw AadException.invalidGrant(50076, "Due to a configuration change made by your administrator, or "
					+ "because you moved to a new location, you must use multi-factor authentication to access '"
					+ (scopes.resource() != null ? scopes.resource() : this.resources.powerBi()) + "'.");
		}
		DemoTenant tenant = this.directory.tenantOf(user).orElseThrow();
		if (!this.consents.allows(tenant)) {
			throw AadException.invalidGrant(65001,
					"The user or administrator has not consented to use the " + "application with ID '" + clientId
							+ "'. Send an interactive authorization request for this " + "user and resource.");
		}
		return this.issuer.forUser(new TokenIssuer.Grant(tenant, user, clientId, scopes, null, clientInfo(form)),
				authority);
	}

	/**
	 * Spring sends no scope on refresh, and Azure AD then keeps the consented ones; a
	 * scope may narrow them, never widen, and never switch to another resource than the
	 * one consented with this token. The OpenID scopes stay, so a refresh token keeps
	 * coming.
	 */
	private ScopeSet narrowed(ScopeSet granted, String scope, String clientId) {
		if (!StringUtils.hasText(scope)) {
			return granted;
		}
		ScopeSet requested = ScopeSet.parse(scope, this.resources);
		boolean otherResource = requested.resource() != null && !requested.resource().equals(granted.resource());
		Set<String> permissions = requested.dotDefault() ? granted.permissions() : requested.permissions();
		if (otherResource || !granted.permissions().containsAll(permissions)) {
			throw AadException.invalidGrant(65001, "The user or administrator has not consented to use the "
					+ "application with ID '" + clientId + "' for the scope " + scope + ".");
		}
		return new ScopeSet(granted.openId(), granted.resource(), permissions, false);
	}

	private DemoTenant tenant(String id) {
		return this.directory.tenantsFor(id).get(0);
	}

	private void requireTenant(String segment, String tenantId) {
		if (!DemoDirectory.isMultiTenant(segment) && !tenant(tenantId).matches(segment)) {
			throw AadException.invalidGrant(700005,
					"Provided Authorization Code is intended to use against other tenant, thus rejected.");
		}
	}

	private static boolean clientInfo(Map<String, String> form) {
		return "1".equals(form.get("client_info"));
	}

	private static String required(Map<String, String> form, String name) {
		String value = form.get(name);
		if (!StringUtils.hasText(value)) {
			throw AadException.missing(name);
		}
		return value;
	}

}
