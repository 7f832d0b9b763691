package com.pushstudio.consolidation;

import java.time.LocalTime;
import java.time.ZoneId;

/**
 * When a table syncs by itself, in the user's zone.
 *
 * @param kind never, every N minutes, hourly, or daily at a time
 * @param everyMinutes for {@link Kind#EVERY_MINUTES}
 * @param at for {@link Kind#DAILY}: the time of day in {@code zone}
 * @param zone the user's zone, as their browser names it
 */
public record SyncSchedule(Kind kind, int everyMinutes, LocalTime at, ZoneId zone) {

	public enum Kind {

		NONE, EVERY_MINUTES, HOURLY, DAILY

	}

	public static SyncSchedule none(ZoneId zone) {
		return new SyncSchedule(Kind.NONE, 0, null, zone);
	}

}
