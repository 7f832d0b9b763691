package com.pushstudio.sandbox.graph;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import com.pushstudio.sandbox.graph.GraphModel.Column;
import com.pushstudio.sandbox.graph.GraphModel.GraphList;
import com.pushstudio.sandbox.graph.GraphModel.Site;
import com.pushstudio.sandbox.graph.ListShapes.Variant;

import org.springframework.stereotype.Component;

/**
 * What the sandbox's SharePoint page does, as a person would in SharePoint: add a project
 * list, add, change and delete items, and force a list's delta to start over. Input is
 * checked first; a refusal changes nothing.
 */
@Component
class SharePointEditor {

	static final int MAX_NAME = 255;

	static final int MAX_ITEMS = 5000;

	private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() {
	};

	/** A refusal of the page's input: {@code code} names its message. */
	static class Refused extends RuntimeException {

		private final String code;

		Refused(String code) {
			super(code);
			this.code = code;
		}

		String code() {
			return this.code;
		}

	}

	private final GraphStore store;

	private final ProjectLists lists;

	private final JsonMapper json;

	SharePointEditor(GraphStore store, ProjectLists lists, JsonMapper json) {
		this.store = store;
		this.lists = lists;
		this.json = json;
	}

	GraphList addList(String siteId, String name, String items) {
		Site site = this.store.site(nonBlank(siteId, "site")).orElseThrow(() -> new Refused("site"));
		String title = bounded(name, "name");
		int count = (items == null || items.isBlank()) ? 0 : number(items, "count");
		if (count > MAX_ITEMS) {
			throw new Refused("count");
		}
		if (this.store.list(site.id(), title).isPresent()) {
			throw new Refused("duplicate");
		}
		return this.lists.project(site, title, Variant.PROJECT, count, 0);
	}

	int addItem(String listId, String title, String hours) {
		GraphList list = list(listId);
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("Title", bounded(title, "title"));
		hours(list, hours).ifPresent((value) -> fields.put("Hours", value));
		return this.store.addItems(list.id(), List.of(this.json.writeValueAsString(fields))).get(0);
	}

	void changeItem(String listId, String itemId, String title, String hours) {
		GraphList list = list(listId);
		var item = this.store.item(list.id(), id(itemId))
			.filter((found) -> !found.deleted())
			.orElseThrow(() -> new Refused("item"));
		Map<String, Object> fields = this.json.readValue(item.fieldsJson(), OBJECT);
		if (title != null && !title.isBlank()) {
			fields.put("Title", bounded(title, "title"));
		}
		hours(list, hours).ifPresent((value) -> fields.put("Hours", value));
		if (!this.store.changeItem(list.id(), item.id(), this.json.writeValueAsString(fields))) {
			throw new Refused("item");
		}
	}

	void deleteItem(String listId, String itemId) {
		if (!this.store.deleteItem(list(listId).id(), id(itemId))) {
			throw new Refused("item");
		}
	}

	GraphList forceResync(String listId) {
		GraphList list = list(listId);
		this.store.newEpoch(list.id());
		return list;
	}

	/** Hours as the list's Hours column holds them: a number, or text; blank: none. */
	private Optional<Object> hours(GraphList list, String hours) {
		if (hours == null || hours.isBlank()) {
			return Optional.empty();
		}
		if (hours.length() > 40) {
			throw new Refused("hours");
		}
		Column column = this.store.columns(list.id())
			.stream()
			.filter((candidate) -> candidate.name().equals("Hours"))
			.findFirst()
			.orElseThrow(() -> new Refused("noHours"));
		if (column.facetJson().contains("\"text\"")) {
			return Optional.of(hours.trim());
		}
		try {
			return Optional.of(new BigDecimal(hours.trim()).doubleValue());
		}
		catch (NumberFormatException ex) {
			throw new Refused("hours");
		}
	}

	private GraphList list(String listId) {
		return this.store.list(nonBlank(listId, "list")).orElseThrow(() -> new Refused("list"));
	}

	private static int id(String itemId) {
		int id = number(itemId, "item");
		if (id < 1) {
			throw new Refused("item");
		}
		return id;
	}

	private static int number(String value, String code) {
		try {
			int number = Integer.parseInt(nonBlank(value, code).trim());
			if (number < 0) {
				throw new Refused(code);
			}
			return number;
		}
		catch (NumberFormatException ex) {
			throw new Refused(code);
		}
	}

	private static String bounded(String value, String code) {
		String trimmed = nonBlank(value, code).trim();
		if (trimmed.length() > MAX_NAME) {
			throw new Refused(code);
		}
		return trimmed;
	}

	private static String nonBlank(String value, String code) {
		if (value == null || value.isBlank() || value.length() > 1000) {
			throw new Refused(code);
		}
		return value;
	}

}
