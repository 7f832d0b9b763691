package com.pushstudio.sandbox.powerbi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

/**
 * A small validator of JSON answers against the swagger's definitions: required
 * properties, JSON types, {@code uuid}/{@code date-time} formats, closed enums; follows
 * {@code $ref}, {@code allOf} and array items. Enough to catch a shape that drifted.
 */
final class SwaggerChecker {

	private final JsonNode definitions;

	private SwaggerChecker(JsonNode definitions) {
		this.definitions = definitions;
	}

	/**
	 * The shared reference copy if present (../shared), else the trimmed copy in test
	 * resources.
	 */
	static SwaggerChecker load() throws IOException {
		JsonMapper mapper = JsonMapper.builder().build();
		Path shared = Path.of("../shared/reference/swagger.json");
		if (Files.isReadable(shared)) {
			return new SwaggerChecker(mapper.readTree(shared.toFile()).path("definitions"));
		}
		try (var in = new ClassPathResource("sandbox/powerbi-swagger-definitions.json").getInputStream()) {
			return new SwaggerChecker(mapper.readTree(in).path("definitions"));
		}
	}

	List<String> problems(JsonNode value, String definition) {
		List<String> problems = new ArrayList<>();
		check(value, this.definitions.path(definition), definition, problems);
		return problems;
	}

	private void check(JsonNode value, JsonNode schema, String at, List<String> problems) {
		if (schema.has("$ref")) {
			String name = schema.path("$ref").asString().replace("#/definitions/", "");
			check(value, this.definitions.path(name), at, problems);
			return;
		}
		for (JsonNode part : schema.path("allOf")) {
			check(value, part, at, problems);
		}
		String type = schema.path("type").asString("");
		if (type.isEmpty() && schema.has("properties")) {
			type = "object";
		}
		if (!hasType(value, type)) {
			problems.add(at + ": expected " + type + " but was " + value);
			return;
		}
		checkFormatAndEnum(value, schema, at, problems);
		for (JsonNode required : schema.path("required")) {
			if (!value.has(required.asString())) {
				problems.add(at + ": missing required property " + required.asString());
			}
		}
		for (var property : schema.path("properties").properties()) {
			if (value.has(property.getKey()) && !value.get(property.getKey()).isNull()) {
				check(value.get(property.getKey()), property.getValue(), at + "." + property.getKey(), problems);
			}
		}
		if (value.isArray()) {
			for (int i = 0; i < value.size(); i++) {
				check(value.get(i), schema.path("items"), at + "[" + i + "]", problems);
			}
		}
	}

	private static boolean hasType(JsonNode value, String type) {
		return switch (type) {
			case "string" -> value.isString();
			case "boolean" -> value.isBoolean();
			case "integer" -> value.isIntegralNumber();
			case "number" -> value.isNumber();
			case "array" -> value.isArray();
			case "object" -> value.isObject();
			default -> true;
		};
	}

	private static void checkFormatAndEnum(JsonNode value, JsonNode schema, String at, List<String> problems) {
		String format = schema.path("format").asString("");
		try {
			if (format.equals("uuid")) {
				UUID.fromString(value.asString());
			}
			if (format.equals("date-time")) {
				OffsetDateTime.parse(value.asString());
			}
		}
		catch (RuntimeException ex) {
			problems.add(at + ": not a " + format + ": " + value);
		}
		boolean extensible = schema.path("x-ms-enum").path("modelAsExtensible").asBoolean(false);
		if (schema.has("enum") && !extensible && !schema.path("enum").toString().contains(value.toString())) {
			problems.add(at + ": " + value + " is not one of " + schema.path("enum"));
		}
	}

}
