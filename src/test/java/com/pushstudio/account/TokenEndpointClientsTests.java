package com.pushstudio.account;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.client.endpoint.OAuth2RefreshTokenGrantRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The token endpoint's client against a real HTTP server: it reads Azure's answers as
 * Spring Security's default does, and a throttled or failing authority is reported after
 * one request, not waited out and repeated.
 */
class TokenEndpointClientsTests {

	private HttpServer authority;

	private final Queue<Answer> answers = new ConcurrentLinkedQueue<>();

	private final AtomicInteger requests = new AtomicInteger();

	@BeforeEach
	void start() throws IOException {
		this.authority = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.authority.createContext("/", this::answer);
		this.authority.start();
	}

	@AfterEach
	void stop() {
		this.authority.stop(0);
	}

	@Test
	void aNewAccessAndRefreshTokenAreRead() {
		this.answers.add(new Answer(200, Map.of(), """
				{"token_type":"Bearer","scope":"https://analysis.windows.net/powerbi/api/Dataset.ReadWrite.All",
				 "expires_in":3599,"access_token":"new-access","refresh_token":"new-refresh"}"""));

		var response = TokenEndpointClients.refreshToken().getTokenResponse(refreshRequest());

		assertThat(response.getAccessToken().getTokenValue()).isEqualTo("new-access");
		assertThat(response.getRefreshToken().getTokenValue()).isEqualTo("new-refresh");
		assertThat(this.requests).hasValue(1);
	}

	@Test
	void azuresErrorIsReadWithItsCode() {
		this.answers.add(new Answer(400, Map.of(), """
				{"error":"invalid_grant","error_description":"AADSTS700082: The refresh token has expired.",
				 "error_codes":[700082]}"""));

		var failure = catchThrowableOfType(OAuth2AuthorizationException.class,
				() -> TokenEndpointClients.refreshToken().getTokenResponse(refreshRequest()));

		assertThat(failure.getError().getErrorCode()).isEqualTo("invalid_grant");
		assertThat(failure.getError().getDescription()).startsWith("AADSTS700082");
	}

	@Test
	void aThrottledOrUnavailableAuthorityIsAskedOnceAndTheFailureReported() {
		for (int status : new int[] { 429, 503 }) {
			this.requests.set(0);
			this.answers.add(new Answer(status, Map.of("Retry-After", "1"),
					"{\"error\":\"temporarily_unavailable\",\"error_description\":\"AADSTS90033: busy\"}"));
			this.answers.add(new Answer(200, Map.of(), "{\"token_type\":\"Bearer\",\"access_token\":\"too-late\"}"));

			var failure = catchThrowableOfType(OAuth2AuthorizationException.class,
					() -> TokenEndpointClients.refreshToken().getTokenResponse(refreshRequest()));

			assertThat(failure).as("answer %d", status).isNotNull();
			assertThat(this.requests).as("requests after a %d", status).hasValue(1);
			this.answers.clear();
		}
	}

	private OAuth2RefreshTokenGrantRequest refreshRequest() {
		String url = "http://127.0.0.1:" + this.authority.getAddress().getPort();
		ClientRegistration registration = ClientRegistration.withRegistrationId("azure")
			.clientId("client")
			.clientSecret("secret")
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.authorizationUri(url + "/organizations/oauth2/v2.0/authorize")
			.tokenUri(url + "/organizations/oauth2/v2.0/token")
			.build();
		Instant now = Instant.now();
		var accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "old-access", now.minusSeconds(60),
				now.minusSeconds(1));
		return new OAuth2RefreshTokenGrantRequest(registration, accessToken,
				new OAuth2RefreshToken("old-refresh", now));
	}

	private void answer(HttpExchange exchange) throws IOException {
		exchange.getRequestBody().readAllBytes();
		this.requests.incrementAndGet();
		Answer answer = this.answers.remove();
		byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
		answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(answer.status(), body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private record Answer(int status, Map<String, String> headers, String body) {
	}

}
