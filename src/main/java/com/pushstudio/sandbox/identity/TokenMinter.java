package com.pushstudio.sandbox.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.stereotype.Component;

import com.pushstudio.sandbox.SandboxSigningKey;
import com.pushstudio.sandbox.PowerBiResource;

/**
 * Signs the sandbox's tokens (RS256, with the key id) with the claims Azure AD puts in
 * them: a v1.0 access token for Power BI or Microsoft Graph (both resources issue v1.0
 * tokens unless their registration asks for v2.0), an app-only token, and a v2.0 id
 * token.
 */
@Component
class TokenMinter {

	private final SandboxSigningKey key;

	private final SandboxProperties properties;

	private final PowerBiResource resource;

	TokenMinter(SandboxSigningKey key, SandboxProperties properties, PowerBiResource resource) {
		this.key = key;
		this.properties = properties;
		this.resource = resource;
	}

	/**
	 * A delegated token for the resource the scopes belong to (Power BI when only OpenID
	 * Connect scopes were asked for): the user's permissions in {@code scp}.
	 */
	String accessToken(DemoTenant tenant, DemoUser user, ScopeSet scopes, String clientId) {
		String audience = (scopes.resource() != null) ? scopes.resource() : this.resource.uri();
		JWTClaimsSet.Builder claims = v1Token(tenant, clientId, audience).subject(pairwise(user.objectId(), clientId))
			.claim("oid", user.objectId())
			.claim("upn", user.username())
			.claim("unique_name", user.username())
			.claim("name", user.displayName())
			.claim("amr", user.mfaRequired() ? List.of("pwd", "mfa") : List.of("pwd"));
		if (!scopes.permissions().isEmpty()) {
			claims.claim("scp", scopes.scp());
		}
		return sign(claims.build());
	}

	/** An app-only token (client credentials): {@code roles}, never {@code scp}. */
	String appToken(DemoTenant tenant, String clientId) {
		String servicePrincipal = UUID.nameUUIDFromBytes((tenant.id() + clientId).getBytes(StandardCharsets.UTF_8))
			.toString();
		return sign(v1Token(tenant, clientId, this.resource.uri()).subject(servicePrincipal)
			.claim("oid", servicePrincipal)
			.claim("idtyp", "app")
			.claim("roles", List.of(Permissions.APP_ROLE))
			.build());
	}

	String idToken(DemoTenant tenant, DemoUser user, String clientId, String nonce, String authorityHost) {
		Instant now = Instant.now();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(authorityHost + "/" + tenant.id() + "/v2.0")
			.audience(clientId)
			.issueTime(Date.from(now))
			.notBeforeTime(Date.from(now))
			.expirationTime(Date.from(now.plus(this.properties.accessTokenLifetime())))
			.subject(pairwise(user.objectId(), clientId))
			.claim("tid", tenant.id())
			.claim("oid", user.objectId())
			.claim("preferred_username", user.username())
			.claim("name", user.displayName())
			.claim("ver", "2.0");
		if (nonce != null) {
			claims.claim("nonce", nonce);
		}
		return sign(claims.build());
	}

	long expiresIn() {
		return this.properties.accessTokenLifetime().toSeconds();
	}

	private JWTClaimsSet.Builder v1Token(DemoTenant tenant, String clientId, String audience) {
		Instant now = Instant.now();
		return new JWTClaimsSet.Builder().audience(audience)
			.issuer("https://sts.windows.net/" + tenant.id() + "/")
			.issueTime(Date.from(now))
			.notBeforeTime(Date.from(now))
			.expirationTime(Date.from(now.plus(this.properties.accessTokenLifetime())))
			.claim("tid", tenant.id())
			.claim("appid", clientId)
			.claim("appidacr", "1")
			.claim("uti", UUID.randomUUID().toString())
			.claim("ver", "1.0");
	}

	private String sign(JWTClaimsSet claims) {
		var header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
			.keyID(this.key.privateKey().getKeyID())
			.build();
		SignedJWT jwt = new SignedJWT(header, claims);
		try {
			jwt.sign(new RSASSASigner(this.key.privateKey()));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Could not sign a sandbox token", ex);
		}
		return jwt.serialize();
	}

	/** Azure's {@code sub} differs per application for the same user. */
	private static String pairwise(String objectId, String clientId) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((objectId + "|" + clientId).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
