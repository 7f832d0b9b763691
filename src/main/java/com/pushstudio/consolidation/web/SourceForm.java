package com.pushstudio.consolidation.web;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.pushstudio.consolidation.ListRule;
import com.pushstudio.consolidation.SourceDraft;
import com.pushstudio.upload.TimeZoneChoices;

import org.springframework.util.StringUtils;

/**
 * Step 2 of a new source as posted: the chosen site (carried from step 1), the rule, the
 * site's zone, the columns for the list's name and address, and the schedule.
 *
 * @param siteName the site's title as step 1 showed it, only to show again
 * @param siteUrl the site's address as step 1 showed it, only to show again
 * @param ruleKind a {@link ListRule.Kind} name
 * @param columns for {@link ListRule.Kind#HAS_COLUMNS}: comma-separated column names
 * @param action {@code preview} to look, {@code create} to make the source
 */
record SourceForm(String workspace, String dataset, String table, String site, String siteName, String siteUrl,
		String ruleKind, List<String> listIds, String namePattern, String columns, String siteTimeZone,
		String listNameColumn, String listUrlColumn, String scheduleKind, String everyMinutes, String dailyAt,
		String zone, String action) {

	SourceForm {
		listIds = (listIds != null) ? List.copyOf(listIds) : List.of();
	}

	/** The form as step 2 first shows it: every list to pick from, nothing picked. */
	static SourceForm start(String workspace, String dataset, String table, String site, String siteName,
			String siteUrl, String zone) {
		String browserZone = TimeZoneChoices.browserZone(zone).getId();
		return new SourceForm(workspace, dataset, table, site, siteName, siteUrl, ListRule.Kind.PICKED.name(), null, "",
				"", browserZone, "", "", "NONE", "", "", browserZone, null);
	}

	boolean create() {
		return "create".equals(this.action);
	}

	ScheduleForm schedule() {
		return new ScheduleForm(this.scheduleKind, this.everyMinutes, this.dailyAt, this.zone);
	}

	/** Field name to message code, for each field the form cannot read. */
	Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		if (kind() == null) {
			problems.put("ruleKind", "source.rule.kind.invalid");
		}
		problems.putAll(schedule().problems());
		return problems;
	}

	/** The draft, once {@link #problems()} is empty. */
	SourceDraft draft() {
		ZoneId siteZone = TimeZoneChoices.browserZone(this.siteTimeZone);
		return new SourceDraft(this.workspace, this.dataset, this.table, this.site, rule(), siteZone,
				blankIsNull(this.listNameColumn), blankIsNull(this.listUrlColumn), schedule().toSchedule(siteZone));
	}

	ListRule rule() {
		ListRule.Kind kind = kind();
		return switch (kind) {
			case PICKED -> new ListRule(kind, this.listIds, null, List.of());
			case NAME_PATTERN -> new ListRule(kind, List.of(), strip(this.namePattern), List.of());
			case HAS_COLUMNS -> new ListRule(kind, List.of(), null, columnNames());
		};
	}

	List<String> columnNames() {
		return Arrays.stream(strip(this.columns).split(","))
			.map(String::strip)
			.filter((name) -> !name.isEmpty())
			.toList();
	}

	ListRule.Kind kind() {
		try {
			return ListRule.Kind.valueOf(StringUtils.hasText(this.ruleKind) ? this.ruleKind : "");
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String strip(String text) {
		return (text != null) ? text.strip() : "";
	}

	private static String blankIsNull(String text) {
		return StringUtils.hasText(text) ? text.strip() : null;
	}

}
