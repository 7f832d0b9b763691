package com.pushstudio.consolidation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.pushstudio.graph.DeltaPage;
import com.pushstudio.graph.GraphClient;
import com.pushstudio.graph.GraphException;
import com.pushstudio.graph.GraphResyncRequiredException;
import com.pushstudio.graph.ListColumn;
import com.pushstudio.graph.ListItem;
import com.pushstudio.graph.SharePointList;
import com.pushstudio.graph.Site;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Graph's SharePoint calls held in memory, for driving a sync: lists with items, a change
 * log per list that delta links point into, pages of two items, and links that can be
 * made to answer 410. It answers only what Microsoft's delta query page shows: items with
 * fields, a deleted facet, a next link or a delta link.
 */
class FakeGraph extends GraphClient {

	static final String SITE = "contoso.example,1,2";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int PAGE = 2;

	final Map<String, FakeList> lists = new LinkedHashMap<>();

	final List<String> failingLists = new ArrayList<>();

	int expiredBefore;

	static final class FakeList {

		final SharePointList list;

		final List<ListColumn> columns;

		final Map<String, ObjectNode> items = new LinkedHashMap<>();

		/** Item ids in the order they changed; a delta link is a position in it. */
		final List<String> log = new ArrayList<>();

		FakeList(SharePointList list, List<ListColumn> columns) {
			this.list = list;
			this.columns = columns;
		}

	}

	synchronized FakeList addList(String id, String title, List<ListColumn> columns) {
		FakeList list = new FakeList(
				new SharePointList(id, id, title, "https://contoso.example/Lists/" + id, false, "genericList"),
				columns);
		this.lists.put(id, list);
		return list;
	}

	synchronized void put(String listId, String itemId, Map<String, Object> fields) {
		FakeList list = this.lists.get(listId);
		list.items.put(itemId, JSON.valueToTree(fields));
		list.log.add(itemId);
	}

	synchronized void delete(String listId, String itemId) {
		FakeList list = this.lists.get(listId);
		list.items.remove(itemId);
		list.log.add(itemId);
	}

	@Override
	public synchronized Site site(String principalName, String siteId) {
		return new Site(siteId, "projects", "Projects", "https://contoso.example/sites/projects");
	}

	@Override
	public synchronized List<SharePointList> lists(String principalName, String siteId) {
		return this.lists.values().stream().map((list) -> list.list).toList();
	}

	@Override
	public synchronized List<ListColumn> columns(String principalName, String siteId, String listId) {
		return this.lists.get(listId).columns;
	}

	@Override
	public synchronized List<ListItem> items(String principalName, String siteId, String listId, List<String> fields,
			int top) {
		return this.lists.get(listId).items.entrySet()
			.stream()
			.limit(top)
			.map((entry) -> new ListItem(entry.getKey(), select(entry.getValue(), fields), false))
			.toList();
	}

	@Override
	public synchronized DeltaPage startDelta(String principalName, String siteId, String listId, List<String> fields) {
		fail(listId);
		FakeList list = this.lists.get(listId);
		List<ListItem> all = list.items.entrySet()
			.stream()
			.map((entry) -> new ListItem(entry.getKey(), select(entry.getValue(), fields), false))
			.toList();
		return page(listId, all, 0, list.log.size(), fields);
	}

	@Override
	public synchronized DeltaPage deltaPage(String principalName, String link) {
		if (link.startsWith("next|")) {
			return nextPage(link);
		}
		String[] parts = link.split("\\|", -1);
		String listId = parts[1];
		fail(listId);
		FakeList list = this.lists.get(listId);
		List<String> fields = List.of(parts[3].split(","));
		if (parts[0].equals("delta")) {
			int since = Integer.parseInt(parts[2]);
			if (since < this.expiredBefore) {
				throw new GraphResyncRequiredException("Resync required");
			}
			List<ListItem> changes = new ArrayList<>();
			for (String itemId : list.log.subList(since, list.log.size())) {
				ObjectNode fieldsNow = list.items.get(itemId);
				changes.add((fieldsNow != null) ? new ListItem(itemId, select(fieldsNow, fields), false)
						: new ListItem(itemId, JSON.createObjectNode(), true));
			}
			return page(listId, changes, 0, list.log.size(), fields);
		}
		throw new IllegalStateException("pages are served whole in this fake");
	}

	/** All items at once, split into pages chained through next links held here. */
	private DeltaPage page(String listId, List<ListItem> items, int from, int version, List<String> fields) {
		String delta = "delta|" + listId + "|" + version + "|" + String.join(",", fields);
		if (items.size() - from <= PAGE) {
			return new DeltaPage(items.subList(from, items.size()), null, delta);
		}
		String next = "next|" + listId + "|" + from;
		this.pages.put(next, () -> page(listId, items, from + PAGE, version, fields));
		return new DeltaPage(items.subList(from, from + PAGE), next, null);
	}

	private final Map<String, java.util.function.Supplier<DeltaPage>> pages = new LinkedHashMap<>();

	DeltaPage nextPage(String link) {
		return this.pages.remove(link).get();
	}

	private void fail(String listId) {
		if (this.failingLists.contains(listId)) {
			throw new GraphException("Graph answered 503 for this list three times.", 503);
		}
	}

	private static ObjectNode select(ObjectNode fields, List<String> names) {
		ObjectNode selected = JSON.createObjectNode();
		for (String name : names) {
			if (fields.has(name)) {
				selected.set(name, fields.get(name));
			}
		}
		return selected;
	}

}
