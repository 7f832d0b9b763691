package com.pushstudio.consolidation;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import com.pushstudio.consolidation.ListRule.Kind;
import com.pushstudio.dataset.RecordedTable;
import com.pushstudio.powerbi.Column;
import com.pushstudio.powerbi.DataType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DraftCheckTests {

	private static final ZoneId UTC = ZoneId.of("UTC");

	private static final ListRule PATTERN = new ListRule(Kind.NAME_PATTERN, null, "Project *", null);

	private static final RecordedTable WORK = new RecordedTable("Work", List.of(Column.of("Task", DataType.STRING),
			Column.of("Hours", DataType.INT64), Column.of("List", DataType.STRING), Column.of("Url", DataType.STRING)),
			List.of(), false);

	@Test
	void aCompleteDraftPasses() {
		assertThatCode(() -> DraftCheck.check(draft(PATTERN, "List", "Url"))).doesNotThrowAnyException();
		assertThatCode(() -> DraftCheck.sourceColumns(draft(PATTERN, "List", "Url"), WORK)).doesNotThrowAnyException();
	}

	@Test
	void anEmptyPatternOrNoPickedListIsRefused() {
		assertThatThrownBy(() -> DraftCheck.check(draft(new ListRule(Kind.NAME_PATTERN, null, " ", null), null, null)))
			.isInstanceOf(SourceRefusedException.class)
			.hasMessageStartingWith("Give a name pattern");
		assertThatThrownBy(() -> DraftCheck.check(draft(new ListRule(Kind.PICKED, List.of(), null, null), null, null)))
			.hasMessage("Pick at least one list.");
		assertThatThrownBy(
				() -> DraftCheck.check(draft(new ListRule(Kind.HAS_COLUMNS, null, null, List.of("")), null, null)))
			.hasMessage("Name at least one column every list must have.");
	}

	@Test
	void theListNameGoesOnlyIntoATextColumnOfTheTable() {
		assertThatThrownBy(() -> DraftCheck.sourceColumns(draft(PATTERN, "Hours", null), WORK))
			.hasMessage("Column Hours is not a text column, so it cannot take the list's name.");
		assertThatThrownBy(() -> DraftCheck.sourceColumns(draft(PATTERN, "Nope", null), WORK))
			.hasMessage("Table Work has no column Nope for the list's name.");
		assertThatThrownBy(() -> DraftCheck.sourceColumns(draft(PATTERN, "List", "list"), WORK))
			.hasMessage("The list's name and its address need two different columns.");
	}

	@Test
	void aScheduleOutOfBoundsIsRefused() {
		assertThatThrownBy(() -> DraftCheck.schedule(new SyncSchedule(SyncSchedule.Kind.EVERY_MINUTES, 0, null, UTC)))
			.isInstanceOf(SourceRefusedException.class);
		assertThatThrownBy(() -> DraftCheck.schedule(new SyncSchedule(SyncSchedule.Kind.DAILY, 0, null, UTC)))
			.hasMessage("Choose the time of day of the daily sync.");
		assertThatCode(() -> DraftCheck.schedule(new SyncSchedule(SyncSchedule.Kind.DAILY, 0, LocalTime.NOON, UTC)))
			.doesNotThrowAnyException();
	}

	@Test
	void aDraftWithoutSiteOrTableIsRefused() {
		assertThatThrownBy(
				() -> DraftCheck.check(new SourceDraft("me", "d", "Work", " ", PATTERN, UTC, null, null, null)))
			.hasMessageStartingWith("Choose a site");
		assertThatThrownBy(
				() -> DraftCheck.check(new SourceDraft("me", "d", null, "site", PATTERN, UTC, null, null, null)))
			.hasMessage("Choose the dataset and table the lists go into.");
	}

	private static SourceDraft draft(ListRule rule, String listName, String listUrl) {
		return new SourceDraft("me", "dataset-1", "Work", "site", rule, UTC, listName, listUrl, SyncSchedule.none(UTC));
	}

}
