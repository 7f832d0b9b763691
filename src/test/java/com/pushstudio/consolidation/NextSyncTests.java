package com.pushstudio.consolidation;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import com.pushstudio.consolidation.SyncSchedule.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NextSyncTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Test
	void noScheduleHasNoNextRun() {
		assertThat(NextSync.after(SyncSchedule.none(BERLIN), Instant.parse("2026-03-01T10:00:00Z"))).isNull();
	}

	@Test
	void everyNMinutesCountsFromNow() {
		assertThat(NextSync.after(new SyncSchedule(Kind.EVERY_MINUTES, 15, null, BERLIN),
				Instant.parse("2026-03-01T10:07:30Z")))
			.isEqualTo(Instant.parse("2026-03-01T10:22:30Z"));
	}

	@Test
	void hourlyRunsOnTheHourOfTheUsersZone() {
		SyncSchedule hourly = new SyncSchedule(Kind.HOURLY, 0, null, ZoneId.of("Asia/Kolkata"));
		// Kolkata is UTC+05:30: its hours start at half past in UTC.
		assertThat(NextSync.after(hourly, Instant.parse("2026-03-01T10:07:00Z")))
			.isEqualTo(Instant.parse("2026-03-01T10:30:00Z"));
		assertThat(NextSync.after(hourly, Instant.parse("2026-03-01T10:30:00Z")))
			.isEqualTo(Instant.parse("2026-03-01T11:30:00Z"));
	}

	@Test
	void dailyRunsAtTheTimeOfTheUsersZoneTodayOrTomorrow() {
		SyncSchedule daily = new SyncSchedule(Kind.DAILY, 0, LocalTime.of(6, 0), BERLIN);
		assertThat(NextSync.after(daily, Instant.parse("2026-01-10T04:00:00Z")))
			.isEqualTo(Instant.parse("2026-01-10T05:00:00Z"));
		assertThat(NextSync.after(daily, Instant.parse("2026-01-10T05:00:00Z")))
			.isEqualTo(Instant.parse("2026-01-11T05:00:00Z"));
	}

	@Test
	void dailyKeepsItsLocalTimeAcrossTheSpringChange() {
		// Berlin moves from UTC+1 to UTC+2 on 29 March 2026 at 02:00.
		SyncSchedule daily = new SyncSchedule(Kind.DAILY, 0, LocalTime.of(6, 0), BERLIN);
		assertThat(NextSync.after(daily, Instant.parse("2026-03-28T06:00:00Z")))
			.isEqualTo(Instant.parse("2026-03-29T04:00:00Z"));
	}

	@Test
	void aDailyTimeTheChangeSkipsRunsWhenTheClocksResume() {
		SyncSchedule daily = new SyncSchedule(Kind.DAILY, 0, LocalTime.of(2, 30), BERLIN);
		// 02:30 does not exist on 29 March 2026 in Berlin: 03:30 summer time is 01:30
		// UTC.
		assertThat(NextSync.after(daily, Instant.parse("2026-03-28T12:00:00Z")))
			.isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
	}

	@Test
	void aDailyTimeThatComesTwiceRunsTheFirstTime() {
		// Berlin goes back from 03:00 to 02:00 on 25 October 2026: 02:30 is first at
		// 00:30 UTC.
		SyncSchedule daily = new SyncSchedule(Kind.DAILY, 0, LocalTime.of(2, 30), BERLIN);
		assertThat(NextSync.after(daily, Instant.parse("2026-10-24T12:00:00Z")))
			.isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
	}

	@Test
	void hourlyAcrossTheAutumnChangeRunsEveryRealHour() {
		SyncSchedule hourly = new SyncSchedule(Kind.HOURLY, 0, null, BERLIN);
		assertThat(NextSync.after(hourly, Instant.parse("2026-10-25T00:10:00Z")))
			.isEqualTo(Instant.parse("2026-10-25T01:00:00Z"));
		assertThat(NextSync.after(hourly, Instant.parse("2026-10-25T01:10:00Z")))
			.isEqualTo(Instant.parse("2026-10-25T02:00:00Z"));
	}

}
