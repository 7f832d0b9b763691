package com.pushstudio.sandbox.identity;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The JSON body of an Azure AD token endpoint error, field for field, including the trace
 * lines Azure appends to the description.
 */
record AadErrorBody(String error, @JsonProperty("error_description") String errorDescription,
		@JsonProperty("error_codes") List<Integer> errorCodes, String timestamp,
		@JsonProperty("trace_id") String traceId, @JsonProperty("correlation_id") String correlationId,
		@JsonProperty("error_uri") String errorUri) {

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'");

	static AadErrorBody of(AadException failure, String authorityHost) {
		String timestamp = TIMESTAMP.format(OffsetDateTime.now(ZoneOffset.UTC));
		String traceId = UUID.randomUUID().toString();
		String correlationId = UUID.randomUUID().toString();
		String description = failure.description() + "\r\nTrace ID: " + traceId + "\r\nCorrelation ID: " + correlationId
				+ "\r\nTimestamp: " + timestamp;
		return new AadErrorBody(failure.error(), description, List.of(failure.code()), timestamp, traceId,
				correlationId, authorityHost + "/error?code=" + failure.code());
	}

}
