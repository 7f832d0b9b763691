package com.pushstudio.consolidation;

import com.pushstudio.dataset.RecordedTable;
import com.pushstudio.powerbi.Column;
import com.pushstudio.powerbi.DataType;

/** What makes a draft or a schedule refused, in words for people. */
final class DraftCheck {

	static final int MAX_EVERY_MINUTES = 7 * 24 * 60;

	private DraftCheck() {
	}

	/** Checks all but the table, which is looked up by the caller. */
	static void check(SourceDraft draft) {
		if (draft == null || blank(draft.datasetId()) || blank(draft.tableName())) {
			throw new SourceRefusedException("Choose the dataset and table the lists go into.");
		}
		if (blank(draft.siteId())) {
			throw new SourceRefusedException("Choose a site: search for it by name or paste its address.");
		}
		if (draft.siteTimeZone() == null) {
			throw new SourceRefusedException("Choose the time zone of the site, in which its dates are read.");
		}
		rule(draft.rule());
		schedule(draft.schedule());
	}

	static void rule(ListRule rule) {
		if (rule == null || rule.kind() == null) {
			throw new SourceRefusedException("Choose how lists are taken: pick them, or give a name pattern or "
					+ "the columns every list must have.");
		}
		switch (rule.kind()) {
			case PICKED -> {
				if (rule.listIds().isEmpty()) {
					throw new SourceRefusedException("Pick at least one list.");
				}
			}
			case NAME_PATTERN -> {
				if (blank(rule.namePattern())) {
					throw new SourceRefusedException(
							"Give a name pattern, such as Project * (* stands for any text, ? for one character).");
				}
				if (rule.namePattern().length() > 400) {
					throw new SourceRefusedException("The name pattern is longer than 400 characters.");
				}
			}
			case HAS_COLUMNS -> {
				if (rule.columns().stream().allMatch(DraftCheck::blank)) {
					throw new SourceRefusedException("Name at least one column every list must have.");
				}
			}
		}
	}

	static void schedule(SyncSchedule schedule) {
		if (schedule == null || schedule.kind() == null || schedule.kind() == SyncSchedule.Kind.NONE) {
			return;
		}
		if (schedule.zone() == null) {
			throw new SourceRefusedException("The schedule needs your time zone.");
		}
		if (schedule.kind() == SyncSchedule.Kind.EVERY_MINUTES
				&& (schedule.everyMinutes() < 1 || schedule.everyMinutes() > MAX_EVERY_MINUTES)) {
			throw new SourceRefusedException(
					"Sync every 1 to " + MAX_EVERY_MINUTES + " minutes (a week), or choose hourly or daily.");
		}
		if (schedule.kind() == SyncSchedule.Kind.DAILY && schedule.at() == null) {
			throw new SourceRefusedException("Choose the time of day of the daily sync.");
		}
	}

	/** The columns that take each row's list name or address must be text columns. */
	static void sourceColumns(SourceDraft draft, RecordedTable table) {
		if (!blank(draft.listNameColumn()) && draft.listNameColumn().equalsIgnoreCase(draft.listUrlColumn())) {
			throw new SourceRefusedException("The list's name and its address need two different columns.");
		}
		textColumn(table, draft.listNameColumn(), "list's name");
		textColumn(table, draft.listUrlColumn(), "list's address");
	}

	private static void textColumn(RecordedTable table, String name, String what) {
		if (blank(name)) {
			return;
		}
		Column column = table.columns()
			.stream()
			.filter((candidate) -> candidate.name().equalsIgnoreCase(name))
			.findFirst()
			.orElseThrow(() -> new SourceRefusedException(
					"Table " + table.name() + " has no column " + name + " for the " + what + "."));
		if (column.dataType() != DataType.STRING) {
			throw new SourceRefusedException(
					"Column " + column.name() + " is not a text column, so it cannot take the " + what + ".");
		}
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
