package com.pushstudio.sandbox.identity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.springframework.stereotype.Component;
import com.pushstudio.sandbox.PowerBiResource;

/**
 * Puts a token response together once a grant is checked: an access token always, a
 * refresh token only with {@code offline_access}, an id token only with {@code openid}.
 */
@Component
class TokenIssuer {

	private final TokenMinter minter;

	private final SandboxRefreshTokens refreshTokens;

	private final PowerBiResource resource;

	TokenIssuer(TokenMinter minter, SandboxRefreshTokens refreshTokens, PowerBiResource resource) {
		this.minter = minter;
		this.refreshTokens = refreshTokens;
		this.resource = resource;
	}

	/** Who the tokens are for and what they allow. */
	record Grant(DemoTenant tenant, DemoUser user, String clientId, ScopeSet scopes, String nonce, boolean clientInfo) {
	}

	TokenResponse forUser(Grant grant, String authorityHost) {
		String scope = grant.scopes().value();
		String accessToken = this.minter.accessToken(grant.tenant(), grant.user(), grant.scopes(), grant.clientId());
		String refreshToken = grant.scopes().has("offline_access")
				? this.refreshTokens.issue(grant.tenant(), grant.user(), grant.clientId(), scope) : null;
		String idToken = grant.scopes().has("openid")
				? this.minter.idToken(grant.tenant(), grant.user(), grant.clientId(), grant.nonce(), authorityHost)
				: null;
		long expiresIn = this.minter.expiresIn();
		String clientInfo = grant.clientInfo() ? clientInfo(grant.user(), grant.tenant()) : null;
		return new TokenResponse("Bearer", scope, expiresIn, expiresIn, accessToken, refreshToken, idToken, clientInfo);
	}

	TokenResponse forApp(DemoTenant tenant, String clientId) {
		long expiresIn = this.minter.expiresIn();
		return new TokenResponse("Bearer", this.resource.uri() + "/.default", expiresIn, expiresIn,
				this.minter.appToken(tenant, clientId), null, null, null);
	}

	/** The user's object id and home tenant, as MSAL keys its accounts. */
	private static String clientInfo(DemoUser user, DemoTenant tenant) {
		String json = "{\"uid\":\"" + user.objectId() + "\",\"utid\":\"" + tenant.id() + "\"}";
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

}
