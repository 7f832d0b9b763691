package com.pushstudio.graph;

import java.util.List;

/**
 * One page of a list's items delta feed: items, then either the link to the next page or,
 * on the last page, the delta link to keep for the next sync.
 */
public record DeltaPage(List<ListItem> items, String nextLink, String deltaLink) {

	public DeltaPage {
		items = List.copyOf(items);
	}

	public boolean last() {
		return this.nextLink == null;
	}

}
