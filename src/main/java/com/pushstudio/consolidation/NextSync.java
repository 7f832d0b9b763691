package com.pushstudio.consolidation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/** When a schedule runs next after a moment, in the user's zone. */
final class NextSync {

	private NextSync() {
	}

	/**
	 * @return the next run, or null for no schedule
	 */
	static Instant after(SyncSchedule schedule, Instant now) {
		return switch (schedule.kind()) {
			case NONE -> null;
			case EVERY_MINUTES -> now.plus(Duration.ofMinutes(Math.max(1, schedule.everyMinutes())));
			// On the hour of the user's zone (some are half an hour off UTC); adding an
			// hour
			// goes along the time-line, so a DST change neither skips nor repeats one.
			case HOURLY -> now.atZone(schedule.zone()).truncatedTo(ChronoUnit.HOURS).plusHours(1).toInstant();
			case DAILY -> daily(schedule, now);
		};
	}

	/**
	 * The time of day on the day it is now in the zone, else the next day. A time that a
	 * DST change skips runs when the clocks resume (later by the gap); one that comes
	 * twice runs the first time.
	 */
	private static Instant daily(SyncSchedule schedule, Instant now) {
		LocalDate today = now.atZone(schedule.zone()).toLocalDate();
		ZonedDateTime at = ZonedDateTime.of(today, schedule.at(), schedule.zone());
		if (!at.toInstant().isAfter(now)) {
			at = ZonedDateTime.of(today.plusDays(1), schedule.at(), schedule.zone());
		}
		return at.toInstant();
	}

}
