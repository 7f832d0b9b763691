package com.pushstudio.consolidation;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.pushstudio.graph.ListItem;

/**
 * What a list's items did since the table was last written, from the known items and
 * their row hashes: an unknown item is new, a known one with another hash changed, a
 * known one with the same hash did not (someone edited a column the table does not take).
 * When an item comes more than once in a feed, its last occurrence wins.
 *
 * @param added new items' rows
 * @param changed known items whose row differs, or no longer converts
 * @param deleted known items that are gone
 * @param current after a full read: every item's row as it is now, else empty
 * @param unchanged known items seen with the same row
 */
record ItemDelta(Map<String, ItemRow> added, Set<String> changed, Set<String> deleted, Map<String, ItemRow> current,
		int unchanged) {

	/** An item's row as pushed, and its hash. */
	record ItemRow(String itemId, List<String> values, String hash) {
	}

	boolean onlyAdded() {
		return this.changed.isEmpty() && this.deleted.isEmpty();
	}

	/**
	 * @param convert an item's row, or null when one of its values does not convert (its
	 * problem is recorded there)
	 * @param full the items are the whole list (a start or restart of its feed), not the
	 * changes since a delta link: known items not among them are gone
	 */
	static ItemDelta classify(Map<String, String> known, List<ListItem> items, Function<ListItem, ItemRow> convert,
			boolean full) {
		Map<String, ListItem> last = new LinkedHashMap<>();
		for (ListItem item : items) {
			last.remove(item.id());
			last.put(item.id(), item);
		}
		Map<String, ItemRow> added = new LinkedHashMap<>();
		Map<String, ItemRow> current = new LinkedHashMap<>();
		Set<String> changed = new LinkedHashSet<>();
		Set<String> deleted = new LinkedHashSet<>();
		int unchanged = 0;
		for (ListItem item : last.values()) {
			boolean isKnown = known.containsKey(item.id());
			if (item.deleted()) {
				if (isKnown) {
					deleted.add(item.id());
				}
				continue;
			}
			ItemRow row = convert.apply(item);
			if (row != null && full) {
				current.put(item.id(), row);
			}
			if (!isKnown) {
				if (row != null) {
					added.put(item.id(), row);
				}
			}
			else if (row == null || !row.hash().equals(known.get(item.id()))) {
				changed.add(item.id());
			}
			else {
				unchanged++;
			}
		}
		if (full) {
			for (String id : known.keySet()) {
				if (!last.containsKey(id) || last.get(id).deleted()) {
					deleted.add(id);
				}
			}
		}
		return new ItemDelta(added, changed, deleted, current, unchanged);
	}

}
