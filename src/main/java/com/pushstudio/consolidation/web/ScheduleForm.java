package com.pushstudio.consolidation.web;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.pushstudio.consolidation.SyncSchedule;
import com.pushstudio.upload.TimeZoneChoices;

import org.springframework.util.StringUtils;

/**
 * A schedule as its fields post it. Only what the form itself can tell is checked here (a
 * number that is no number, a time that is no time); whether the schedule is allowed is
 * the source service's to say.
 *
 * @param scheduleKind a {@link SyncSchedule.Kind} name
 * @param everyMinutes for every N minutes
 * @param dailyAt for daily, {@code HH:mm}
 * @param zone the browser's zone, empty when its script did not run
 */
record ScheduleForm(String scheduleKind, String everyMinutes, String dailyAt, String zone) {

	static ScheduleForm of(SyncSchedule schedule) {
		return new ScheduleForm(schedule.kind().name(),
				(schedule.kind() == SyncSchedule.Kind.EVERY_MINUTES) ? Integer.toString(schedule.everyMinutes()) : "",
				(schedule.at() != null) ? schedule.at().toString() : "",
				(schedule.zone() != null) ? schedule.zone().getId() : "");
	}

	SyncSchedule.Kind kind() {
		try {
			return SyncSchedule.Kind.valueOf(StringUtils.hasText(this.scheduleKind) ? this.scheduleKind : "NONE");
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** Field name to message code, for each field the form cannot read. */
	Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		SyncSchedule.Kind kind = kind();
		if (kind == null) {
			problems.put("scheduleKind", "source.schedule.kind.invalid");
		}
		else if (kind == SyncSchedule.Kind.EVERY_MINUTES && minutes() == null) {
			problems.put("everyMinutes", "source.schedule.minutes.invalid");
		}
		else if (kind == SyncSchedule.Kind.DAILY && time() == null) {
			problems.put("dailyAt", "source.schedule.time.invalid");
		}
		return problems;
	}

	/**
	 * The schedule, once {@link #problems()} is empty.
	 * @param fallbackZone the zone when the browser named none
	 */
	SyncSchedule toSchedule(ZoneId fallbackZone) {
		ZoneId zoneId = StringUtils.hasText(this.zone) ? TimeZoneChoices.browserZone(this.zone) : fallbackZone;
		return switch (kind()) {
			case EVERY_MINUTES -> new SyncSchedule(SyncSchedule.Kind.EVERY_MINUTES, minutes(), null, zoneId);
			case DAILY -> new SyncSchedule(SyncSchedule.Kind.DAILY, 0, time(), zoneId);
			case HOURLY -> new SyncSchedule(SyncSchedule.Kind.HOURLY, 0, null, zoneId);
			case NONE -> SyncSchedule.none(zoneId);
		};
	}

	private Integer minutes() {
		try {
			return Integer.valueOf((this.everyMinutes != null) ? this.everyMinutes.strip() : "");
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private LocalTime time() {
		try {
			return LocalTime.parse((this.dailyAt != null) ? this.dailyAt.strip() : "");
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
