package com.pushstudio.powerbi;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.function.Supplier;

import com.pushstudio.account.PowerBiTokens;
import org.apache.hc.client5.http.ConnectTimeoutException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Sends {@link PowerBiCall}s with the user's bearer token: refreshes the token once when
 * Power BI rejects it, repeats a read once after a server error, and never repeats a
 * write, so that the caller decides about an ambiguous Post Rows.
 */
final class PowerBiHttp {

	private static final Logger logger = LoggerFactory.getLogger(PowerBiHttp.class);

	private final Supplier<String> apiUrl;

	private final Supplier<PowerBiTokens> tokens;

	private final RestClient restClient;

	// Power BI adds answer properties over time; an unknown one must not fail a call.
	private final JsonMapper json = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final PowerBiErrors errors = new PowerBiErrors(this.json);

	/**
	 * @param apiUrl resolved per call: in sandbox mode the port is known only once the
	 * server has started
	 * @param tokens resolved per call, so the application starts where no sign-in is
	 * wired
	 */
	PowerBiHttp(Supplier<String> apiUrl, Supplier<PowerBiTokens> tokens, RestClient restClient) {
		this.apiUrl = apiUrl;
		this.tokens = tokens;
		this.restClient = restClient;
	}

	PowerBiAnswer call(String principalName, PowerBiCall call) {
		PowerBiTokens tokenSource = this.tokens.get();
		String token = tokenSource.accessToken(principalName);
		PowerBiAnswer answer = send(call, token);
		if (this.errors.tokenRejected(answer)) {
			token = tokenSource.refreshedAccessToken(principalName);
			answer = send(call, token);
		}
		if (answer.serverError() && call.kind() == PowerBiCall.Kind.READ) {
			answer = send(call, token);
		}
		if (!answer.successful()) {
			throw this.errors.toException(call, answer);
		}
		return answer;
	}

	<T> T call(String principalName, PowerBiCall call, Class<T> answerType) {
		return read(call(principalName, call), this.json.constructType(answerType));
	}

	<T> List<T> list(String principalName, PowerBiCall call, Class<T> itemType) {
		JavaType type = this.json.getTypeFactory().constructParametricType(ValueList.class, itemType);
		ValueList<T> list = read(call(principalName, call), type);
		return (list != null) ? list.items() : List.of();
	}

	byte[] json(Object body) {
		return this.json.writeValueAsBytes(body);
	}

	private <T> T read(PowerBiAnswer answer, JavaType type) {
		if (!answer.hasBody()) {
			return null;
		}
		try {
			return this.json.readValue(answer.body(), type);
		}
		catch (JacksonException ex) {
			throw new PowerBiException("Power BI answered something this application cannot read.",
					new PowerBiError(answer.status(), null, ex.getOriginalMessage(), List.of(),
							answer.headers().getFirst("RequestId")),
					ex);
		}
	}

	private PowerBiAnswer send(PowerBiCall call, String token) {
		RestClient.RequestBodySpec request = this.restClient.method(call.method())
			.uri(this.apiUrl.get() + call.uriTemplate(), call.uriVariables().toArray())
			.headers((headers) -> headers.setBearerAuth(token))
			.accept(MediaType.APPLICATION_JSON);
		if (call.body() != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(call.body());
		}
		try {
			PowerBiAnswer answer = request
				.exchange((req, response) -> new PowerBiAnswer(response.getStatusCode().value(), response.getHeaders(),
						response.getBody().readAllBytes()));
			// The template, never the token; RequestId is what Microsoft support asks
			// for.
			logger.debug("Power BI {} {}: {}, RequestId {}", call.method(), call.uriTemplate(), answer.status(),
					answer.headers().getFirst("RequestId"));
			return answer;
		}
		catch (ResourceAccessException ex) {
			throw new PowerBiUnavailableException(call.writes() && !neverConnected(ex), ex);
		}
	}

	/** A request that never reached Power BI cannot have changed anything. */
	private static boolean neverConnected(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectException || cause instanceof ConnectTimeoutException
					|| cause instanceof UnknownHostException) {
				return true;
			}
		}
		return false;
	}

}
