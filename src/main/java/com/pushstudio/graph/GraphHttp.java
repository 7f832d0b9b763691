package com.pushstudio.graph;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.function.Supplier;

import com.pushstudio.account.GraphTokens;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Sends GET requests to Graph with the user's bearer token: refreshes the token once when
 * Graph answers 401, waits out 429 and 503 as {@code Retry-After} says within the
 * configured bounds, and turns every other failure into a {@link GraphException}.
 */
final class GraphHttp {

	private static final Logger logger = LoggerFactory.getLogger(GraphHttp.class);

	/** Without {@code Retry-After}, Graph's guidance is to back off; start here. */
	private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

	private final Supplier<String> apiUrl;

	private final Supplier<GraphTokens> tokens;

	private final RestClient restClient;

	private final JsonMapper json;

	private final GraphErrors errors;

	private final GraphClientProperties properties;

	/**
	 * @param apiUrl resolved per call: in sandbox mode the port is known only once the
	 * server has started
	 * @param tokens resolved per call, so the application starts where no sign-in is
	 * wired
	 */
	GraphHttp(Supplier<String> apiUrl, Supplier<GraphTokens> tokens, RestClient restClient, JsonMapper json,
			GraphClientProperties properties) {
		this.apiUrl = apiUrl;
		this.tokens = tokens;
		this.restClient = restClient;
		this.json = json;
		this.errors = new GraphErrors(json);
		this.properties = properties;
	}

	String apiUrl() {
		return this.apiUrl.get();
	}

	/**
	 * GETs a Graph address and reads the answer's JSON object.
	 * @param uri an address under {@link #apiUrl()}, checked by the caller
	 * @param template what to log instead of the address
	 * @param what what was asked for, in words for an error message ("the site")
	 */
	JsonNode get(String principalName, URI uri, String template, String what) {
		GraphTokens tokenSource = this.tokens.get();
		String token = tokenSource.accessToken(principalName);
		boolean refreshed = false;
		int retries = 0;
		while (true) {
			GraphAnswer answer = send(uri, template, token);
			if (answer.successful()) {
				return read(answer, what);
			}
			if (answer.status() == 401 && !refreshed) {
				token = tokenSource.refreshedAccessToken(principalName);
				refreshed = true;
				continue;
			}
			if (answer.status() == 429 || answer.status() == 503) {
				Duration wait = GraphErrors.retryAfter(answer);
				Duration pause = (wait != null) ? wait : FIRST_BACKOFF.multipliedBy(1L << Math.min(retries, 6));
				if (retries >= this.properties.maxRetries() || pause.compareTo(this.properties.maxRetryWait()) > 0) {
					throw new GraphThrottledException("Microsoft Graph is busy (HTTP " + answer.status()
							+ ") and asked to wait" + ((wait != null) ? " " + wait.toSeconds() + " s" : "") + " after "
							+ retries + " retries; try again later.", answer.status(), wait);
				}
				pause(pause);
				retries++;
				continue;
			}
			throw this.errors.toException(what, answer);
		}
	}

	private GraphAnswer send(URI uri, String template, String token) {
		try {
			GraphAnswer answer = this.restClient.get()
				.uri(uri)
				.headers((headers) -> headers.setBearerAuth(token))
				.accept(MediaType.APPLICATION_JSON)
				.exchange((request, response) -> new GraphAnswer(response.getStatusCode().value(),
						response.getHeaders(), bounded(response.getBody())));
			// The template, never the token nor a delta token; request-id is what
			// Microsoft support asks for.
			logger.debug("Graph GET {}: {}, request-id {}", template, answer.status(), answer.requestId());
			return answer;
		}
		catch (ResourceAccessException ex) {
			logger.debug("Graph GET {}: {}", template, ex.getClass().getSimpleName());
			throw new GraphUnavailableException("Microsoft Graph could not be reached; try again later.", ex);
		}
	}

	private byte[] bounded(InputStream body) throws IOException {
		long max = this.properties.maxAnswerSize().toBytes();
		byte[] bytes = body.readNBytes((int) max + 1);
		if (bytes.length > max) {
			throw new GraphException("Microsoft Graph answered more than " + this.properties.maxAnswerSize()
					+ "; ask for fewer items per page.", 0);
		}
		return bytes;
	}

	private JsonNode read(GraphAnswer answer, String what) {
		try {
			JsonNode tree = this.json.readTree(answer.body());
			if (tree != null && tree.isObject()) {
				return tree;
			}
		}
		catch (JacksonException ex) {
			// Said below, without the parser's text, which may quote the body.
		}
		throw new GraphException("Microsoft Graph answered something other than JSON for " + what + ".",
				answer.status());
	}

	private static void pause(Duration wait) {
		try {
			Thread.sleep(wait.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new GraphException("Stopped while waiting for Microsoft Graph.", 0, ex);
		}
	}

}
