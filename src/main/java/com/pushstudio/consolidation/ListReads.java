package com.pushstudio.consolidation;

import java.util.ArrayList;
import java.util.List;

import com.pushstudio.graph.DeltaPage;
import com.pushstudio.graph.GraphClient;
import com.pushstudio.graph.GraphException;
import com.pushstudio.graph.ListItem;

/**
 * Reads a list's delta feed to its end, within bounds: a feed longer than them fails the
 * list rather than hold it all.
 */
final class ListReads {

	/** Items of a feed, and the delta link to keep for the next read. */
	record Feed(List<ListItem> items, String deltaLink) {
	}

	private final GraphClient graph;

	private final String owner;

	private final SyncProperties bounds;

	ListReads(GraphClient graph, String owner, SyncProperties bounds) {
		this.graph = graph;
		this.owner = owner;
		this.bounds = bounds;
	}

	/** Every item of the list, from the start of its feed. */
	Feed full(String siteId, String listId, String title, List<String> fields) {
		return follow(this.graph.startDelta(this.owner, siteId, listId, fields), title);
	}

	/**
	 * The changes since a delta link.
	 * @throws com.pushstudio.graph.GraphResyncRequiredException when Graph can no longer
	 * tell them
	 */
	Feed since(String deltaLink, String title) {
		return follow(this.graph.deltaPage(this.owner, deltaLink), title);
	}

	private Feed follow(DeltaPage first, String title) {
		List<ListItem> items = new ArrayList<>(first.items());
		DeltaPage page = first;
		int pages = 1;
		while (!page.last()) {
			if (pages >= this.bounds.deltaPages() || items.size() > this.bounds.itemsPerList()) {
				throw tooLong(title);
			}
			page = this.graph.deltaPage(this.owner, page.nextLink());
			items.addAll(page.items());
			pages++;
		}
		if (items.size() > this.bounds.itemsPerList()) {
			throw tooLong(title);
		}
		if (page.deltaLink() == null) {
			throw new GraphException("Graph ended the items of list " + title + " without a delta link.", 0);
		}
		return new Feed(items, page.deltaLink());
	}

	private GraphException tooLong(String title) {
		return new GraphException(String.format(
				"List %s has more than %,d items or pages of changes to read in one sync, the most Push Studio reads.",
				title, this.bounds.itemsPerList()), 0);
	}

}
