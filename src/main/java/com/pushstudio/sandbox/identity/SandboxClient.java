package com.pushstudio.sandbox.identity;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import com.pushstudio.sandbox.SandboxPaths;

/**
 * The sandbox's one app registration (client id, secret, reply URLs) and the authority
 * host it is reached at.
 */
@Component
class SandboxClient {

	/** What a public client may ask for without a secret. */
	static final Set<String> PUBLIC_GRANTS = Set.of("password", "refresh_token");

	private final SandboxProperties properties;

	private final Environment environment;

	private final SandboxPaths paths;

	SandboxClient(SandboxProperties properties, Environment environment, SandboxPaths paths) {
		this.properties = properties;
		this.environment = environment;
		this.paths = paths;
	}

	boolean isKnown(String clientId) {
		return this.properties.clientId().equals(clientId) || isPublic(clientId);
	}

	/** The public registration: it has no secret and must present none. */
	boolean isPublic(String clientId) {
		return this.properties.publicClientId().equals(clientId);
	}

	String confidentialClientId() {
		return this.properties.clientId();
	}

	String confidentialClientSecret() {
		return this.properties.clientSecret();
	}

	String publicClientId() {
		return this.properties.publicClientId();
	}

	/** Reply URLs match exactly: scheme, host and port (localhost is not 127.0.0.1). */
	boolean isRegistered(String redirectUri) {
		return redirectUris().contains(redirectUri);
	}

	List<String> redirectUris() {
		String port = this.environment.getProperty("local.server.port",
				this.environment.getProperty("server.port", "8080"));
		return this.properties.redirectUris().stream().map((uri) -> uri.replace("{port}", port)).toList();
	}

	/** The origins the consent form may post and be redirected to (CSP form-action). */
	List<String> redirectOrigins() {
		return redirectUris().stream()
			.map(URI::create)
			.map((uri) -> uri.getScheme() + "://" + uri.getAuthority())
			.distinct()
			.toList();
	}

	/**
	 * Refuses unknown clients and wrong or missing secrets with Azure AD's codes. A
	 * public client may use the grants of public clients only, and without a secret.
	 */
	void authenticate(String clientId, String clientSecret, String grantType) {
		if (!StringUtils.hasText(clientId)) {
			throw AadException.missing("client_id");
		}
		if (!isKnown(clientId)) {
			throw AadException.badRequest("unauthorized_client", 700016, "Application with identifier '" + clientId
					+ "' was not found in the directory. This can happen if the application has not been installed "
					+ "by the administrator of the tenant or consented to by any user in the tenant.");
		}
		if (isPublic(clientId) && PUBLIC_GRANTS.contains(grantType)) {
			if (StringUtils.hasText(clientSecret)) {
				throw new AadException(HttpStatus.UNAUTHORIZED, "invalid_client", 700025,
						"Client is public so neither 'client_assertion' nor 'client_secret' should be presented.");
			}
			return;
		}
		if (!StringUtils.hasText(clientSecret) || isPublic(clientId)) {
			throw new AadException(HttpStatus.UNAUTHORIZED, "invalid_client", 7000218,
					"The request body must contain the following parameter: 'client_assertion' or 'client_secret'.");
		}
		// Constant-time comparison: a secret must not leak through response timing.
		if (!MessageDigest.isEqual(clientSecret.getBytes(StandardCharsets.UTF_8),
				this.properties.clientSecret().getBytes(StandardCharsets.UTF_8))) {
			throw new AadException(HttpStatus.UNAUTHORIZED, "invalid_client", 7000215,
					"Invalid client secret provided. Ensure the secret being sent in the request is the client "
							+ "secret value, not the client secret ID, for a secret added to app '" + clientId + "'.");
		}
	}

	/**
	 * The authority host this request came to ({@code http://localhost:8080/sandbox}), or
	 * the configured base URL: issuers and links are built on it.
	 */
	String authorityHost(HttpServletRequest request) {
		String base = StringUtils.hasText(this.properties.baseUrl()) ? this.properties.baseUrl()
				: ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + this.paths.prefix();
	}

}
