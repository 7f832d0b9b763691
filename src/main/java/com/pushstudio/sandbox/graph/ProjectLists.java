package com.pushstudio.sandbox.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import com.pushstudio.sandbox.graph.GraphModel.Column;
import com.pushstudio.sandbox.graph.GraphModel.GraphList;
import com.pushstudio.sandbox.graph.GraphModel.Item;
import com.pushstudio.sandbox.graph.GraphModel.Site;
import com.pushstudio.sandbox.graph.ListShapes.Variant;

import org.springframework.stereotype.Component;

/**
 * Makes lists on a site: project lists (the shape dozens of lists share, their Owner and
 * Client columns pointing into the site's "User Information List" and "Clients" list)
 * with generated items, and the plain lists behind them.
 */
@Component
class ProjectLists {

	static final String PEOPLE = "User Information List";

	static final String CLIENTS = "Clients";

	/** Items per insert batch: bounds the memory of a large list. */
	private static final int BATCH = 500;

	private final GraphStore store;

	private final JsonMapper json;

	private final GraphClock clock;

	ProjectLists(GraphStore store, JsonMapper json, GraphClock clock) {
		this.store = store;
		this.json = json;
		this.clock = clock;
	}

	/** A project list with {@code items} generated items, drawn from {@code seed}. */
	GraphList project(Site site, String displayName, Variant variant, int items, long seed) {
		String clientsId = this.store.list(site.id(), CLIENTS).map(GraphList::id).orElse("");
		GraphList list = list(site, displayName, "genericList", false, seed);
		this.store.addList(list, ListShapes.project(variant, clientsId, list.id()));
		ProjectItems values = new ProjectItems(seed, variant, site.zone(), ids(site, PEOPLE), ids(site, CLIENTS));
		List<String> batch = new ArrayList<>();
		for (int n = 1; n <= items; n++) {
			batch.add(this.json.writeValueAsString(values.next(n)));
			if (batch.size() == BATCH || n == items) {
				this.store.addItems(list.id(), batch);
				batch.clear();
			}
		}
		return list;
	}

	/** A list with the given columns and items, each item's fields as given. */
	GraphList plain(Site site, String displayName, String template, boolean hidden, List<Column> columns,
			List<Map<String, Object>> items, long seed) {
		GraphList list = list(site, displayName, template, hidden, seed);
		this.store.addList(list, columns);
		if (!items.isEmpty()) {
			this.store.addItems(list.id(), items.stream().map(this.json::writeValueAsString).toList());
		}
		return list;
	}

	/**
	 * Seeded lists keep their ids from run to run; lists made on the page get new ones.
	 */
	private GraphList list(Site site, String displayName, String template, boolean hidden, long seed) {
		String id = (seed != 0) ? UUID.nameUUIDFromBytes((site.id() + "/" + displayName).getBytes()).toString()
				: UUID.randomUUID().toString();
		var now = this.clock.clock().instant();
		return new GraphList(id, site.id(), urlName(displayName), displayName, template, hidden, now, now, 1, 0);
	}

	/** SharePoint's URL name of a list: its title without spaces and odd characters. */
	static String urlName(String displayName) {
		String name = displayName.replaceAll("[^A-Za-z0-9_-]", "");
		return name.isEmpty() ? "List" : name;
	}

	private List<Integer> ids(Site site, String title) {
		return this.store.list(site.id(), title)
			.map((list) -> this.store.items(list.id(), 0, 5000).stream().map(Item::id).toList())
			.orElse(List.of());
	}

}
