package com.pushstudio.powerbi;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Microsoft's official Power BI swagger (a copy of shared/reference/swagger.json), used
 * to check what the client sends: the operation a request hits, and its JSON body against
 * the operation's definitions (required properties present, no property the definition
 * lacks, types and enums as declared).
 */
final class SwaggerContract {

	private static final Pattern UUID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final JsonNode SWAGGER = load();

	private SwaggerContract() {
	}

	/** The operationId of the operation that {@code method} on {@code rawPath} hits. */
	static String operationId(String method, String rawPath) {
		for (Map.Entry<String, JsonNode> path : SWAGGER.get("paths").properties()) {
			String regex = "\\Q" + path.getKey().replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q") + "\\E";
			JsonNode operation = path.getValue().get(method.toLowerCase());
			if (operation != null && rawPath.matches(regex)) {
				return operation.get("operationId").asString();
			}
		}
		throw new AssertionError("No swagger operation for " + method + " " + rawPath);
	}

	/** Every way {@code json} breaks the named definition; empty when it conforms. */
	static List<String> violations(String json, String definition) {
		List<String> problems = new ArrayList<>();
		check(JSON.readTree(json), ref("#/definitions/" + definition), "$", problems);
		return problems;
	}

	private static void check(JsonNode value, JsonNode schema, String where, List<String> problems) {
		schema = resolve(schema);
		Map<String, JsonNode> properties = new LinkedHashMap<>();
		Set<String> required = new LinkedHashSet<>();
		collect(schema, properties, required);
		String type = schema.has("type") ? schema.get("type").asString() : (properties.isEmpty() ? null : "object");
		if (type == null) {
			return;
		}
		switch (type) {
			case "object" -> checkObject(value, properties, required, where, problems);
			case "array" -> {
				if (!value.isArray()) {
					problems.add(where + " is not an array");
					return;
				}
				for (int i = 0; i < value.size(); i++) {
					check(value.get(i), schema.get("items"), where + "[" + i + "]", problems);
				}
			}
			case "string" -> checkString(value, schema, where, problems);
			case "boolean" -> expect(value.isBoolean(), where + " is not a boolean", problems);
			case "integer" -> expect(value.isIntegralNumber(), where + " is not an integer", problems);
			case "number" -> expect(value.isNumber(), where + " is not a number", problems);
			default -> problems.add(where + " has unknown type " + type);
		}
	}

	private static void checkObject(JsonNode value, Map<String, JsonNode> properties, Set<String> required,
			String where, List<String> problems) {
		if (!value.isObject()) {
			problems.add(where + " is not an object");
			return;
		}
		for (String name : required) {
			expect(value.has(name) && !value.get(name).isNull(), where + " lacks required '" + name + "'", problems);
		}
		// A free-form object ("type": "object" without properties) takes anything.
		if (properties.isEmpty()) {
			return;
		}
		for (Map.Entry<String, JsonNode> field : value.properties()) {
			JsonNode property = properties.get(field.getKey());
			if (property == null) {
				problems.add(where + " has '" + field.getKey() + "', which the definition lacks");
			}
			else if (!field.getValue().isNull()) {
				check(field.getValue(), property, where + "." + field.getKey(), problems);
			}
		}
	}

	private static void checkString(JsonNode value, JsonNode schema, String where, List<String> problems) {
		if (!value.isString()) {
			problems.add(where + " is not a string");
			return;
		}
		if (schema.has("enum")) {
			boolean listed = false;
			for (JsonNode allowed : schema.get("enum")) {
				listed |= allowed.asString().equals(value.asString());
			}
			expect(listed, where + " '" + value.asString() + "' is not one of " + schema.get("enum"), problems);
		}
		if (schema.has("format") && "uuid".equals(schema.get("format").asString())) {
			expect(UUID.matcher(value.asString()).matches(), where + " is not a uuid", problems);
		}
	}

	private static void collect(JsonNode schema, Map<String, JsonNode> properties, Set<String> required) {
		schema = resolve(schema);
		if (schema.has("properties")) {
			schema.get("properties").properties().forEach((entry) -> properties.put(entry.getKey(), entry.getValue()));
		}
		if (schema.has("required")) {
			schema.get("required").forEach((name) -> required.add(name.asString()));
		}
		if (schema.has("allOf")) {
			schema.get("allOf").forEach((part) -> collect(part, properties, required));
		}
	}

	private static JsonNode resolve(JsonNode schema) {
		return schema.has("$ref") ? resolve(ref(schema.get("$ref").asString())) : schema;
	}

	private static JsonNode ref(String ref) {
		JsonNode node = SWAGGER.at(ref.substring(1));
		if (node.isMissingNode()) {
			throw new AssertionError("Swagger has no " + ref);
		}
		return node;
	}

	private static void expect(boolean condition, String problem, List<String> problems) {
		if (!condition) {
			problems.add(problem);
		}
	}

	private static JsonNode load() {
		try (InputStream in = SwaggerContract.class.getResourceAsStream("/powerbi/swagger.json")) {
			return JSON.readTree(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
