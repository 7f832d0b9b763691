package com.pushstudio.sandbox.powerbi;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Reads request bodies as strictly as Power BI does: an unknown property is a 400 naming
 * it (Boot's shared mapper ignores unknown properties, so this one is separate).
 */
@Component
class PowerBiJson {

	private final JsonMapper strict;

	private final JsonMapper plain;

	PowerBiJson(JsonMapper jsonMapper) {
		this.plain = jsonMapper;
		this.strict = jsonMapper.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
	}

	<T> T read(byte[] body, Class<T> type) {
		if (body == null || body.length == 0) {
			throw PowerBiApiException.badRequest("The request body is empty.", "body");
		}
		try {
			return this.strict.readValue(body, type);
		}
		catch (JacksonException ex) {
			throw unreadable(ex);
		}
	}

	JsonNode tree(String json) {
		return this.plain.readTree(json);
	}

	String write(Object value) {
		return this.plain.writeValueAsString(value);
	}

	<T> T read(String json, Class<T> type) {
		return this.plain.readValue(json, type);
	}

	static PowerBiApiException unreadable(Throwable cause) {
		if (cause instanceof UnrecognizedPropertyException unknown) {
			String type = unknown.getReferringClass().getSimpleName();
			return PowerBiApiException.badRequest(
					"The property '" + unknown.getPropertyName()
							+ "' does not exist on type 'Microsoft.PowerBI.ServiceContracts.Api." + type + "'.",
					Character.toLowerCase(type.charAt(0)) + type.substring(1));
		}
		return PowerBiApiException.badRequest("The request body is not valid JSON for this operation.", "body");
	}

}
