package com.pushstudio.consolidation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.pushstudio.graph.GraphClient;
import com.pushstudio.graph.ListItem;
import tools.jackson.databind.JsonNode;

/**
 * The display texts of people and looked-up items of one site, read once per sync: people
 * from the site's User Information List, looked-up items from their list.
 */
final class SiteNames implements SharePointValues.Names {

	static final String USER_INFORMATION_LIST = "User Information List";

	private final GraphClient graph;

	private final String owner;

	private final String siteId;

	private final int bound;

	private final Map<String, Map<String, String>> byList = new HashMap<>();

	/** The column each looked-up list is read for. */
	private final Map<String, String> lookupColumns = new HashMap<>();

	SiteNames(GraphClient graph, String owner, String siteId, int bound) {
		this.graph = graph;
		this.owner = owner;
		this.siteId = siteId;
		this.bound = bound;
	}

	/** Says which column of a looked-up list gives its items' display text. */
	void lookupColumn(String listId, String columnName) {
		this.lookupColumns.putIfAbsent(listId, columnName);
	}

	@Override
	public String person(String lookupId) {
		return names(USER_INFORMATION_LIST, "Title").get(lookupId);
	}

	@Override
	public String lookup(String listId, String itemId) {
		if (listId == null) {
			return null;
		}
		return names(listId, this.lookupColumns.getOrDefault(listId, "Title")).get(itemId);
	}

	private Map<String, String> names(String listId, String column) {
		return this.byList.computeIfAbsent(listId, (id) -> {
			Map<String, String> names = new HashMap<>();
			for (ListItem item : this.graph.items(this.owner, this.siteId, id, List.of(column), this.bound)) {
				JsonNode value = (item.fields() != null) ? item.fields().get(column) : null;
				if (value != null && !value.isNull()) {
					names.put(item.id(), value.asString());
				}
			}
			return names;
		});
	}

}
