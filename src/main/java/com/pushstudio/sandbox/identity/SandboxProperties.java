package com.pushstudio.sandbox.identity;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The sandbox's app registrations, a confidential one (a web app: Push Studio's) and a
 * public one (a desktop app or script: no secret, password and device-code flows), and
 * its token lifetimes. Redirect URIs may contain {@code {port}}, the running server's
 * port, which a random-port start knows only late. Lifetimes are settings so that tests
 * can make codes and tokens expire without waiting.
 *
 * @param clientId the application (client) id of the registration
 * @param clientSecret its secret
 * @param publicClientId the application (client) id of the public registration
 * @param baseUrl where the sandbox is reached when not this server on localhost
 * @param redirectUris the reply URLs registered for the client, matched exactly
 * @param accessTokenLifetime lifetime of access and id tokens (Azure: about an hour)
 * @param refreshTokenLifetime inactivity lifetime of a refresh token (Azure: 90 days)
 * @param codeLifetime lifetime of an authorization code (Azure: about 10 minutes)
 * @param demoPassword the password of every demo user, for the password grant
 */
@Validated
@ConfigurationProperties("push-studio.sandbox")
record SandboxProperties(@NotBlank String clientId, @NotBlank String clientSecret,
		@DefaultValue("7e2a5b1c-0000-4000-8000-0000005a4db1") @NotBlank String publicClientId, String baseUrl,
		@DefaultValue( {
				"http://localhost:{port}/login/oauth2/code/azure", "http://127.0.0.1:{port}/login/oauth2/code/azure",
				"http://localhost:{port}/signin/admin-consent", "http://127.0.0.1:{port}/signin/admin-consent",
				"http://localhost:{port}/connect/sharepoint/authorized",
				"http://127.0.0.1:{port}/connect/sharepoint/authorized" }) @NotEmpty List<String> redirectUris,
		@DefaultValue("1h") Duration accessTokenLifetime, @DefaultValue("90d") Duration refreshTokenLifetime,
		@DefaultValue("10m") Duration codeLifetime, @DefaultValue("sandbox-demo") @NotBlank String demoPassword){
}
