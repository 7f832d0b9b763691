package com.pushstudio.sandbox.graph;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import com.pushstudio.sandbox.graph.GraphModel.Column;
import com.pushstudio.sandbox.graph.GraphModel.GraphList;
import com.pushstudio.sandbox.graph.GraphModel.Item;
import com.pushstudio.sandbox.graph.GraphModel.Site;

import org.springframework.stereotype.Component;

/**
 * The resources as Graph shows them, and no more: each carries what the example of the
 * named Microsoft Graph v1.0 page shows.
 */
@Component
class GraphAnswers {

	private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() {
	};

	private final JsonMapper json;

	GraphAnswers(JsonMapper json) {
		this.json = json;
	}

	/**
	 * "Get a site resource": id, displayName, name, createdDateTime,
	 * lastModifiedDateTime, webUrl.
	 */
	Map<String, Object> site(Site site) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("id", site.id());
		answer.put("displayName", site.displayName());
		answer.put("name", site.name());
		answer.put("createdDateTime", site.created().toString());
		answer.put("lastModifiedDateTime", site.created().toString());
		answer.put("webUrl", site.webUrl());
		return answer;
	}

	/**
	 * "Search for sites": id, name, description, createdDateTime, lastModifiedDateTime,
	 * webUrl (the example shows no displayName).
	 */
	Map<String, Object> foundSite(Site site) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("id", site.id());
		answer.put("name", site.name());
		answer.put("description", "");
		answer.put("createdDateTime", site.created().toString());
		answer.put("lastModifiedDateTime", site.created().toString());
		answer.put("webUrl", site.webUrl());
		return answer;
	}

	/**
	 * "List lists" and "Get metadata for a list" ("list resource type"): id, name,
	 * displayName, webUrl, createdDateTime, lastModifiedDateTime and the list facet
	 * {hidden, template}.
	 */
	Map<String, Object> list(Site site, GraphList list) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("id", list.id());
		answer.put("name", list.name());
		answer.put("displayName", list.displayName());
		answer.put("webUrl", list.webUrl(site));
		answer.put("createdDateTime", list.created().toString());
		answer.put("lastModifiedDateTime", list.modified().toString());
		answer.put("list", Map.of("hidden", list.hidden(), "template", list.template()));
		return answer;
	}

	/**
	 * "List columnDefinitions in a list": id, name, displayName, hidden, readOnly and the
	 * one facet of the column's type.
	 */
	Map<String, Object> column(Column column) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("id", column.id());
		answer.put("name", column.name());
		answer.put("displayName", column.displayName());
		answer.put("hidden", column.hidden());
		answer.put("readOnly", column.readOnly());
		answer.putAll(this.json.readValue(column.facetJson(), OBJECT));
		return answer;
	}

	/**
	 * "List items" ({@code expand=fields(select=...)}): id and, when expanded, fields;
	 * its example shows nothing else. Deleted items in a delta ("listItem: delta"): id
	 * and the deleted facet only.
	 */
	Map<String, Object> item(Item item, FieldSelection selection) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("id", String.valueOf(item.id()));
		if (item.deleted()) {
			answer.put("deleted", Map.of("state", "deleted"));
			return answer;
		}
		if (selection.expanded()) {
			answer.put("fields", selection.apply(this.json.readValue(item.fieldsJson(), OBJECT)));
		}
		return answer;
	}

	Map<String, Object> fields(Item item) {
		return this.json.readValue(item.fieldsJson(), OBJECT);
	}

}
