package com.pushstudio.sandbox.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.pushstudio.sandbox.SandboxSigningKey;
import com.pushstudio.sandbox.SandboxPaths;

/**
 * The signing keys and the OpenID Connect discovery document. For
 * {@code organizations}/{@code common} the issuer is Azure AD's literal
 * {@code {tenantid}} template: each token names its own tenant.
 */
@RestController
class DiscoveryController {

	private final SandboxSigningKey key;

	private final SandboxClient client;

	private final DemoDirectory directory;

	DiscoveryController(SandboxSigningKey key, SandboxClient client, DemoDirectory directory) {
		this.key = key;
		this.client = client;
		this.directory = directory;
	}

	@GetMapping(SandboxPaths.MAPPING + "/{tenant}/discovery/v2.0/keys")
	ResponseEntity<Map<String, Object>> keys(@PathVariable String tenant) {
		if (this.directory.tenantsFor(tenant).isEmpty()) {
			throw AadException.unknownTenant(tenant);
		}
		return ResponseEntity.ok(this.key.publicKeys().toJSONObject());
	}

	@GetMapping(SandboxPaths.MAPPING + "/{tenant}/v2.0/.well-known/openid-configuration")
	ResponseEntity<Map<String, Object>> configuration(@PathVariable String tenant, HttpServletRequest request) {
		List<DemoTenant> tenants = this.directory.tenantsFor(tenant);
		if (tenants.isEmpty()) {
			throw AadException.unknownTenant(tenant);
		}
		String authority = this.client.authorityHost(request);
		String issuerTenant = DemoDirectory.isMultiTenant(tenant) ? "{tenantid}" : tenants.get(0).id();
		String base = authority + "/" + tenant;
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("issuer", authority + "/" + issuerTenant + "/v2.0");
		document.put("authorization_endpoint", base + "/oauth2/v2.0/authorize");
		document.put("token_endpoint", base + "/oauth2/v2.0/token");
		document.put("jwks_uri", base + "/discovery/v2.0/keys");
		document.put("token_endpoint_auth_methods_supported", List.of("client_secret_post", "client_secret_basic"));
		document.put("response_types_supported", List.of("code"));
		document.put("response_modes_supported", List.of("query", "form_post"));
		document.put("scopes_supported", List.of("openid", "profile", "email", "offline_access"));
		document.put("subject_types_supported", List.of("pairwise"));
		document.put("id_token_signing_alg_values_supported", List.of("RS256"));
		document.put("code_challenge_methods_supported", List.of("S256", "plain"));
		document.put("claims_supported", List.of("sub", "iss", "aud", "exp", "iat", "nbf", "nonce", "name",
				"preferred_username", "oid", "tid", "ver"));
		document.put("tenant_region_scope", "EU");
		// No userinfo_endpoint: Azure AD's is Microsoft Graph's, which the sandbox is
		// not.
		return ResponseEntity.ok(document);
	}

	/**
	 * Home realm discovery, which MSAL calls before the password grant to learn whether
	 * an account is managed (its password checked by Azure AD) or federated: the fields
	 * of msal4j's {@code UserDiscoveryResponse}. Every sandbox account is managed; an
	 * unknown one is "Unknown", as Azure AD answers for a name it has no realm for.
	 */
	@GetMapping(SandboxPaths.MAPPING + "/common/userrealm/{username}")
	Map<String, Object> userRealm(@PathVariable String username) {
		Map<String, Object> realm = new LinkedHashMap<>();
		realm.put("ver", "1.0");
		String domain = username.substring(username.lastIndexOf('@') + 1);
		boolean known = this.directory.user(username).isPresent();
		realm.put("account_type", known ? "Managed" : "Unknown");
		if (known) {
			realm.put("domain_name", domain);
		}
		realm.put("cloud_instance_name", "microsoftonline.com");
		realm.put("cloud_audience_urn", "urn:federation:MicrosoftOnline");
		return realm;
	}

	@ExceptionHandler
	ResponseEntity<AadErrorBody> refuse(AadException failure, HttpServletRequest request) {
		return ResponseEntity.status(failure.status())
			.contentType(MediaType.APPLICATION_JSON)
			.body(AadErrorBody.of(failure, this.client.authorityHost(request)));
	}

}
