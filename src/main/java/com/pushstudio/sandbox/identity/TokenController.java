package com.pushstudio.sandbox.identity;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import com.pushstudio.sandbox.SandboxPaths;

/**
 * The token endpoint: authenticates the client, hands the grant to {@link TokenGrants},
 * and answers refusals in Azure AD's JSON shape. Tokens are never logged.
 */
@RestController
class TokenController {

	static final String PATH = SandboxPaths.MAPPING + "/{tenant}/oauth2/v2.0/token";

	private final SandboxClient client;

	private final DemoDirectory directory;

	private final TokenGrants grants;

	TokenController(SandboxClient client, DemoDirectory directory, TokenGrants grants) {
		this.client = client;
		this.directory = directory;
		this.grants = grants;
	}

	@PostMapping(path = PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<TokenResponse> token(@PathVariable String tenant, @RequestParam Map<String, String> form,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
			HttpServletRequest request) {
		if (this.directory.tenantsFor(tenant).isEmpty()) {
			throw AadException.unknownTenant(tenant);
		}
		String grantType = form.get("grant_type");
		if (!StringUtils.hasText(grantType)) {
			throw AadException.missing("grant_type");
		}
		ClientCredentials credentials = ClientCredentials.from(authorization, form);
		this.client.authenticate(credentials.clientId(), credentials.clientSecret(), grantType);
		String clientId = credentials.clientId();
		String authority = this.client.authorityHost(request);
		TokenResponse response = switch (grantType) {
			case "authorization_code" -> this.grants.authorizationCode(tenant, clientId, form, authority);
			case "refresh_token" -> this.grants.refreshToken(tenant, clientId, form, authority);
			case "client_credentials" -> this.grants.clientCredentials(tenant, clientId, form);
			case "password" -> this.grants.password(tenant, clientId, form, authority);
			default -> throw AadException.badRequest("unsupported_grant_type", 70003,
					"The app requested an unsupported grant type '" + grantType + "'.");
		};
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(response);
	}

	@ExceptionHandler
	ResponseEntity<AadErrorBody> refuse(AadException failure, HttpServletRequest request) {
		return ResponseEntity.status(failure.status())
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.APPLICATION_JSON)
			.body(AadErrorBody.of(failure, this.client.authorityHost(request)));
	}

}
