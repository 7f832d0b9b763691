package com.pushstudio.sandbox.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import com.pushstudio.sandbox.graph.GraphModel.GraphList;
import com.pushstudio.sandbox.graph.GraphModel.Item;

import org.springframework.stereotype.Component;

/**
 * The sandbox's SharePoint for tests that run inside the application: what its page does
 * (through the same checks), and the current items of a list as stored, to compare a
 * sync's rows with. Not part of the emulated API: no token, no faults.
 */
@Component
public class SandboxSharePoint {

	private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() {
	};

	private final GraphStore store;

	private final SharePointEditor editor;

	private final JsonMapper json;

	SandboxSharePoint(GraphStore store, SharePointEditor editor, JsonMapper json) {
		this.store = store;
		this.editor = editor;
		this.json = json;
	}

	/** The id of the site at {@code path} (such as {@code /sites/projects}). */
	public String siteId(String hostname, String path) {
		return this.store.siteByPath(hostname, path)
			.orElseThrow(() -> new IllegalArgumentException("no site " + path))
			.id();
	}

	/** The id of the site's list with this title. */
	public String listId(String siteId, String title) {
		return this.store.list(siteId, title).orElseThrow(() -> new IllegalArgumentException("no list " + title)).id();
	}

	/**
	 * A new list of the project lists' shape with {@code items} generated items, as the
	 * page's "Add a list" makes it.
	 * @return its id
	 */
	public String addProjectList(String siteId, String title, int items) {
		return this.editor.addList(siteId, title, String.valueOf(items)).id();
	}

	/**
	 * @return the new item's id
	 */
	public int addItem(String listId, String title, String hours) {
		return this.editor.addItem(listId, title, hours);
	}

	/** Changes an item's title and hours (blank: kept). */
	public void changeItem(String listId, int itemId, String title, String hours) {
		this.editor.changeItem(listId, String.valueOf(itemId), title, hours);
	}

	/**
	 * Gives a list a new title, as a person may in the list's settings; checked as a new
	 * list's name.
	 */
	public void renameList(String listId, String title) {
		GraphList list = this.store.list(listId).orElseThrow(() -> new IllegalArgumentException("no list " + listId));
		if (title == null || title.isBlank() || title.length() > SharePointEditor.MAX_NAME
				|| this.store.list(list.siteId(), title).isPresent()) {
			throw new IllegalArgumentException("not a free list title: " + title);
		}
		this.store.renameList(list.id(), title.trim());
	}

	public void deleteItem(String listId, int itemId) {
		this.editor.deleteItem(listId, String.valueOf(itemId));
	}

	/**
	 * The list's current items by id, each with its fields as stored: what Graph answers
	 * for them, before any {@code select}. At most {@value SharePointEditor#MAX_ITEMS}.
	 */
	public Map<Integer, Map<String, Object>> items(String listId) {
		GraphList list = this.store.list(listId).orElseThrow(() -> new IllegalArgumentException("no list " + listId));
		Map<Integer, Map<String, Object>> items = new LinkedHashMap<>();
		List<Item> stored = this.store.items(list.id(), 0, SharePointEditor.MAX_ITEMS);
		for (Item item : stored) {
			items.put(item.id(), this.json.readValue(item.fieldsJson(), OBJECT));
		}
		return items;
	}

}
