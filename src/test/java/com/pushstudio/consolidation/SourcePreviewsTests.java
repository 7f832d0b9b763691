package com.pushstudio.consolidation;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.pushstudio.consolidation.ListRule.Kind;
import com.pushstudio.dataset.RecordedTable;
import com.pushstudio.graph.ColumnKind;
import com.pushstudio.graph.ListColumn;
import com.pushstudio.powerbi.Column;
import com.pushstudio.powerbi.DataType;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class SourcePreviewsTests {

	private static final List<ListColumn> COLUMNS = List.of(
			new ListColumn("Title", "Task", ColumnKind.TEXT, false, false, null, null, false, false),
			new ListColumn("Hours0", "Hours", ColumnKind.NUMBER, false, false, null, null, false, false));

	private static final RecordedTable WORK = new RecordedTable("Work", List.of(Column.of("Task", DataType.STRING),
			Column.of("Hours", DataType.INT64), Column.of("List", DataType.STRING)), List.of(), false);

	private final FakeGraph graph = new FakeGraph();

	private final SourcePreviews previews = new SourcePreviews(this.graph,
			new SyncProperties(1000, 200_000, 5000, 50, 100, DataSize.ofMegabytes(10)));

	@Test
	void matchedListsShowTheirFirstItemsAsTheyWouldBeSentAndTheOthersWhy() {
		this.graph.addList("alpha", "Project Alpha", COLUMNS);
		this.graph.addList("odd", "Project Odd", COLUMNS.subList(0, 1));
		this.graph.addList("other", "Holidays", COLUMNS);
		for (int i = 1; i <= 7; i++) {
			this.graph.put("alpha", "" + i, Map.of("Title", "task " + i, "Hours0", (i == 2) ? 2.5 : i));
		}
		List<ListPreview> previews = this.previews.preview("alice",
				new SourceDraft("me", "d", "Work", FakeGraph.SITE,
						new ListRule(Kind.NAME_PATTERN, null, "Project *", null), ZoneId.of("UTC"), "List", null, null),
				WORK);

		assertThat(previews).extracting(ListPreview::title, ListPreview::matched, ListPreview::fits)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Project Alpha", true, true),
					org.assertj.core.groups.Tuple.tuple("Project Odd", true, false),
					org.assertj.core.groups.Tuple.tuple("Holidays", false, false));
		ListPreview alpha = previews.get(0);
		assertThat(alpha.headers()).containsExactly("Task", "Hours", "List");
		assertThat(alpha.firstRows()).containsExactly(List.of("task 1", "1", "Project Alpha"),
				List.of("task 3", "3", "Project Alpha"), List.of("task 4", "4", "Project Alpha"),
				List.of("task 5", "5", "Project Alpha"));
		assertThat(alpha.problems())
			.containsExactly("list Project Alpha, item 2, column Hours: '2.5' is not a whole number");
		assertThat(previews.get(1).reason()).isEqualTo("no column for Hours");
	}

}
