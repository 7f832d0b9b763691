package com.pushstudio.consolidation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.pushstudio.consolidation.ItemDelta.ItemRow;
import com.pushstudio.graph.ListItem;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class ItemDeltaTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A row of one value, the item's Title; a title "bad" does not convert. */
	private static final Function<ListItem, ItemRow> ROW = (item) -> {
		String title = item.fields().path("Title").asString();
		return "bad".equals(title) ? null : new ItemRow(item.id(), List.of(title), ItemRows.hash(List.of(title)));
	};

	private static final Map<String, String> KNOWN = Map.of("1", hash("one"), "2", hash("two"), "3", hash("three"));

	@Test
	void unknownItemsAreNewAndKnownOnesWithTheSameRowAreNoChange() {
		ItemDelta delta = ItemDelta.classify(KNOWN, List.of(item("1", "one"), item("4", "four")), ROW, false);
		assertThat(delta.added()).containsOnlyKeys("4");
		assertThat(delta.changed()).isEmpty();
		assertThat(delta.deleted()).isEmpty();
		assertThat(delta.unchanged()).isEqualTo(1);
		assertThat(delta.onlyAdded()).isTrue();
	}

	@Test
	void aKnownItemWithAnotherRowChangedAndADeletedOneIsGone() {
		ItemDelta delta = ItemDelta.classify(KNOWN, List.of(item("2", "TWO"), deleted("3"), deleted("9")), ROW, false);
		assertThat(delta.changed()).containsExactly("2");
		assertThat(delta.deleted()).containsExactly("3");
		assertThat(delta.onlyAdded()).isFalse();
	}

	@Test
	void theLastOccurrenceOfAnItemWins() {
		ItemDelta deletedThenBack = ItemDelta.classify(KNOWN, List.of(deleted("1"), item("1", "one")), ROW, false);
		assertThat(deletedThenBack.deleted()).isEmpty();
		assertThat(deletedThenBack.unchanged()).isEqualTo(1);
		ItemDelta changedThenDeleted = ItemDelta.classify(KNOWN, List.of(item("2", "TWO"), deleted("2")), ROW, false);
		assertThat(changedThenDeleted.changed()).isEmpty();
		assertThat(changedThenDeleted.deleted()).containsExactly("2");
		ItemDelta newTwice = ItemDelta.classify(KNOWN, List.of(item("5", "a"), item("5", "b")), ROW, false);
		assertThat(newTwice.added().get("5").values()).containsExactly("b");
	}

	@Test
	void aFullReadMissingAKnownItemMeansItWasDeleted() {
		ItemDelta delta = ItemDelta.classify(KNOWN, List.of(item("1", "one"), item("2", "two"), item("6", "six")), ROW,
				true);
		assertThat(delta.deleted()).containsExactly("3");
		assertThat(delta.added()).containsOnlyKeys("6");
		assertThat(delta.current()).containsOnlyKeys("1", "2", "6");
	}

	@Test
	void anItemThatNoLongerConvertsChangedAndANewOneThatDoesNotIsLeftOut() {
		ItemDelta delta = ItemDelta.classify(KNOWN, List.of(item("1", "bad"), item("7", "bad")), ROW, true);
		assertThat(delta.changed()).containsExactly("1");
		assertThat(delta.added()).isEmpty();
		assertThat(delta.current()).isEmpty();
	}

	@Test
	void aRowHashTellsNullFromEmptyAndSplitsApart() {
		assertThat(ItemRows.hash(java.util.Arrays.asList((String) null))).isNotEqualTo(ItemRows.hash(List.of("")));
		assertThat(ItemRows.hash(List.of("ab", "c"))).isNotEqualTo(ItemRows.hash(List.of("a", "bc")));
	}

	private static String hash(String title) {
		return ItemRows.hash(List.of(title));
	}

	private static ListItem item(String id, String title) {
		ObjectNode fields = JSON.createObjectNode();
		fields.put("Title", title);
		return new ListItem(id, fields, false);
	}

	private static ListItem deleted(String id) {
		return new ListItem(id, JSON.createObjectNode(), true);
	}

}
