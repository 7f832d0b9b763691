package com.pushstudio.web;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a TLS-terminating proxy on the same host (loopback is trusted by default), over
 * real HTTP: the request is HTTPS to Tomcat itself, so the session cookie is Secure, HSTS
 * is sent and the reply URL is the proxy's.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ForwardedHeadersIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aRequestForwardedAsHttpsByATrustedProxyGetsASecureSessionCookie() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/oauth2/authorization/azure"))
				.header("X-Forwarded-Proto", "https")
				.header("X-Forwarded-Host", "push.example")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().allValues("Set-Cookie")).filteredOn((cookie) -> cookie.startsWith("SESSION="))
			.singleElement()
			.satisfies((cookie) -> assertThat(cookie).contains("Secure").contains("HttpOnly").contains("SameSite=Lax"));
		assertThat(URLDecoder.decode(response.headers().firstValue("Location").orElseThrow(), StandardCharsets.UTF_8))
			.contains("redirect_uri=https://push.example/login/oauth2/code/azure");
		assertThat(response.headers().firstValue("Strict-Transport-Security")).isPresent();
	}

}
