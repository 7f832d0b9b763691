package com.pushstudio.sandbox.graph;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.pushstudio.sandbox.graph.ListShapes.Variant;

/**
 * Deterministic pseudo-random items of a project list, valued as SharePoint sends them
 * through Graph ("List items"): text as strings, number and currency as JSON numbers,
 * yes/no as booleans, dates as UTC instants (a date-only value is midnight in the site's
 * time zone), choices as strings, person and lookup columns as {@code {Name}LookupId}
 * only. Empty values are absent, as Graph leaves them out.
 */
final class ProjectItems {

	private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);

	private final Random random;

	private final Variant variant;

	private final ZoneId zone;

	private final List<Integer> people;

	private final List<Integer> clients;

	ProjectItems(long seed, Variant variant, ZoneId zone, List<Integer> people, List<Integer> clients) {
		this.random = new Random(seed);
		this.variant = variant;
		this.zone = zone;
		this.people = people;
		this.clients = clients;
	}

	Map<String, Object> next(int n) {
		Map<String, Object> fields = new LinkedHashMap<>();
		if (chance(97)) {
			fields.put("Title", "Task " + n);
		}
		if (chance(95)) {
			fields.put("Status", ListShapes.STATUSES.get(this.random.nextInt(ListShapes.STATUSES.size())));
		}
		double hours = this.random.nextInt(400) / 4.0;
		if (this.variant != Variant.WITHOUT_HOURS && chance(90)) {
			fields.put("Hours", (this.variant == Variant.HOURS_AS_TEXT) ? hours + " h" : (Object) hours);
		}
		if (chance(90)) {
			fields.put("Budget", this.random.nextInt(5_000_000) / 100.0);
		}
		fields.put("Billable", this.random.nextBoolean());
		if (chance(90)) {
			fields.put("Due", dateOnly(FIRST_DAY.plusDays(this.random.nextInt(730)), this.zone));
		}
		if (chance(95)) {
			fields.put("Logged",
					Instant.parse("2024-01-01T00:00:00Z")
						.plusSeconds(60L * this.random.nextInt(730 * 24 * 60))
						.toString());
		}
		if (!this.people.isEmpty() && chance(90)) {
			fields.put("OwnerLookupId", String.valueOf(this.people.get(this.random.nextInt(this.people.size()))));
		}
		if (!this.clients.isEmpty() && chance(85)) {
			fields.put("ClientLookupId", String.valueOf(this.clients.get(this.random.nextInt(this.clients.size()))));
		}
		return fields;
	}

	/** Midnight of the day in the site's zone, written in UTC as Graph writes it. */
	static String dateOnly(LocalDate day, ZoneId zone) {
		return day.atStartOfDay(zone).toInstant().toString();
	}

	private boolean chance(int percent) {
		return this.random.nextInt(100) < percent;
	}

}
