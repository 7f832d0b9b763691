package com.pushstudio.sandbox.graph;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.nimbusds.jose.jwk.RSAKey;
import com.pushstudio.support.SandboxJwts;

/**
 * Calls the sandbox Graph API over real HTTP with a real token and keeps every answer,
 * and follows Graph's links as a client does.
 */
final class GraphTestClient {

	static final String GRAPH = "https://graph.microsoft.com";

	record Answer(int status, java.net.http.HttpHeaders headers, JsonNode json) {

		String header(String name) {
			return this.headers.firstValue(name).orElse(null);
		}

		String errorCode() {
			return this.json.path("error").path("code").asString();
		}

		List<JsonNode> value() {
			List<JsonNode> values = new ArrayList<>();
			this.json.path("value").forEach(values::add);
			return values;
		}

	}

	/** The items of a delta run and the deltaLink it ended with. */
	record Delta(List<JsonNode> items, String deltaLink, int pages) {

		List<String> ids() {
			return this.items.stream().map((item) -> item.path("id").asString()).toList();
		}

	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	private String token;

	GraphTestClient(String base, String token) {
		this.base = base;
		this.token = token;
	}

	static String token(RSAKey signer, String audience, String scopes) {
		Instant now = Instant.now();
		return SandboxJwts.accessToken(signer, audience, UUID.randomUUID().toString(), scopes, now.minusSeconds(60),
				now.plusSeconds(3600));
	}

	GraphTestClient as(String token) {
		this.token = token;
		return this;
	}

	/** A path under {@code /v1.0}, or an absolute link from an answer. */
	Answer get(String pathOrLink) {
		String url = pathOrLink.startsWith("http") ? pathOrLink : this.base + "/v1.0" + pathOrLink;
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
		if (this.token != null) {
			request.header("Authorization", "Bearer " + this.token);
		}
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			JsonNode json = response.body().isBlank() ? JSON.missingNode() : JSON.readTree(response.body());
			return new Answer(response.statusCode(), response.headers(), json);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Follows nextLinks (at most 1000 pages) to the deltaLink. */
	Delta delta(String first) {
		List<JsonNode> items = new ArrayList<>();
		Answer page = get(first);
		int pages = 1;
		while (true) {
			if (page.status() != 200) {
				throw new AssertionError("Delta page answered " + page.status() + ": " + page.json());
			}
			items.addAll(page.value());
			String next = page.json().path("@odata.nextLink").asString(null);
			if (next == null) {
				return new Delta(items, page.json().path("@odata.deltaLink").asString(null), pages);
			}
			if (++pages > 1000) {
				throw new AssertionError("More than 1000 delta pages");
			}
			page = get(next);
		}
	}

}
