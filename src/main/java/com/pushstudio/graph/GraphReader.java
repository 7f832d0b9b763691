package com.pushstudio.graph;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads Graph's resources into the model, assuming the least: only ids are required; a
 * name, address or facet Microsoft's examples do not always show may be absent and then
 * reads as null or false.
 */
final class GraphReader {

	/** Type facets of a columnDefinition, in the order they are looked for. */
	private static final List<Map.Entry<String, ColumnKind>> FACETS = List.of(Map.entry("text", ColumnKind.TEXT),
			Map.entry("number", ColumnKind.NUMBER), Map.entry("currency", ColumnKind.CURRENCY),
			Map.entry("boolean", ColumnKind.BOOLEAN), Map.entry("dateTime", ColumnKind.DATE_TIME),
			Map.entry("choice", ColumnKind.CHOICE), Map.entry("personOrGroup", ColumnKind.PERSON),
			Map.entry("lookup", ColumnKind.LOOKUP), Map.entry("calculated", ColumnKind.CALCULATED));

	private final JsonMapper json;

	GraphReader(JsonMapper json) {
		this.json = json;
	}

	Site site(JsonNode node) {
		return new Site(id(node, "a site"), text(node, "name"), text(node, "displayName"), text(node, "webUrl"));
	}

	SharePointList list(JsonNode node) {
		JsonNode facet = node.path("list");
		return new SharePointList(id(node, "a list"), text(node, "name"), text(node, "displayName"),
				text(node, "webUrl"), flag(facet, "hidden"), text(facet, "template"));
	}

	ListColumn column(JsonNode node) {
		ColumnKind kind = ColumnKind.OTHER;
		JsonNode facet = null;
		for (Map.Entry<String, ColumnKind> candidate : FACETS) {
			JsonNode found = node.get(candidate.getKey());
			if (found != null && found.isObject()) {
				kind = candidate.getValue();
				facet = found;
				break;
			}
		}
		String name = text(node, "name");
		if (name == null) {
			throw new GraphException("Microsoft Graph answered a column without a name.", 200);
		}
		boolean dateOnly = kind == ColumnKind.DATE_TIME && "dateOnly".equals(text(facet, "format"));
		// A choice column that takes several values shows as check boxes (choiceColumn:
		// displayAs "checkBoxes").
		boolean multiple = switch (kind) {
			case CHOICE -> "checkBoxes".equals(text(facet, "displayAs")) || flag(facet, "allowMultipleSelection");
			case PERSON -> flag(facet, "allowMultipleSelection");
			case LOOKUP -> flag(facet, "allowMultipleValues");
			default -> false;
		};
		boolean lookup = kind == ColumnKind.LOOKUP;
		return new ListColumn(name, text(node, "displayName"), kind, dateOnly, multiple,
				lookup ? text(facet, "listId") : null, lookup ? text(facet, "columnName") : null,
				flag(node, "readOnly"), flag(node, "hidden"));
	}

	/**
	 * An item; a delta feed's deleted item has the {@code deleted} facet and no fields.
	 */
	ListItem item(JsonNode node) {
		String id = id(node, "an item");
		JsonNode deleted = node.get("deleted");
		if (deleted != null && !deleted.isNull()) {
			return new ListItem(id, this.json.createObjectNode(), true);
		}
		JsonNode fields = node.get("fields");
		ObjectNode copy = (fields != null && fields.isObject()) ? ((ObjectNode) fields).deepCopy()
				: this.json.createObjectNode();
		return new ListItem(id, copy, false);
	}

	static List<JsonNode> values(JsonNode page) {
		JsonNode value = page.get("value");
		if (value == null || value.isNull()) {
			return List.of();
		}
		if (!value.isArray()) {
			throw new GraphException("Microsoft Graph answered a collection without a list of values.", 200);
		}
		List<JsonNode> all = new java.util.ArrayList<>(value.size());
		value.forEach(all::add);
		return all;
	}

	static String nextLink(JsonNode page) {
		return text(page, "@odata.nextLink");
	}

	static String deltaLink(JsonNode page) {
		return text(page, "@odata.deltaLink");
	}

	private static String id(JsonNode node, String what) {
		String id = text(node, "id");
		if (id == null) {
			// Without its id an entry cannot be kept apart from others: a sync that
			// skipped it would not be exact.
			throw new GraphException("Microsoft Graph answered " + what + " without an id.", 200);
		}
		return id;
	}

	static String text(JsonNode node, String field) {
		if (node == null) {
			return null;
		}
		JsonNode value = node.get(field);
		return (value != null && value.isValueNode() && !value.isNull()) ? value.asString() : null;
	}

	private static boolean flag(JsonNode node, String field) {
		JsonNode value = (node != null) ? node.get(field) : null;
		return value != null && value.isBoolean() && value.booleanValue();
	}

}
