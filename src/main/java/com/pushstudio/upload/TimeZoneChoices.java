package com.pushstudio.upload;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The time zones a person picks from: UTC, then the IANA zones of the JDK's database
 * grouped by area (about 600, a fixed bound), named by their city. The old aliases
 * ({@code US/Eastern}, {@code Etc/GMT+5}) are left out, but a zone already chosen is
 * always offered, so a page never silently changes it.
 */
public final class TimeZoneChoices {

	static final String UTC = "UTC";

	private static final Pattern AREA_CITY = Pattern
		.compile("(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_/-]+");

	private static final List<Group> GROUPS = groups();

	/**
	 * @param area {@code Europe}, or "" for the zones outside any area
	 */
	public record Group(String area, List<Choice> zones) {
	}

	/**
	 * @param label the city, as a person reads it ({@code New York})
	 */
	public record Choice(String id, String label) {
	}

	private TimeZoneChoices() {
	}

	/** The groups, with {@code chosen} offered too when it is not among them. */
	public static List<Group> around(String chosen) {
		boolean listed = GROUPS.stream()
			.flatMap((group) -> group.zones().stream())
			.anyMatch((zone) -> zone.id().equals(chosen));
		if (listed || chosen == null || chosen.isBlank()) {
			return GROUPS;
		}
		List<Group> groups = new ArrayList<>(GROUPS);
		groups.set(0, new Group("", List.of(new Choice(UTC, UTC), new Choice(chosen, chosen))));
		return groups;
	}

	/**
	 * The zone a browser names, when Java knows it: anything else (empty, made up) is
	 * UTC.
	 */
	public static ZoneId browserZone(String name) {
		return Optional.ofNullable(name)
			.map(String::strip)
			.filter((id) -> !id.isEmpty() && id.length() <= 64)
			.flatMap(TimeZoneChoices::known)
			.orElse(ZoneId.of(UTC));
	}

	private static Optional<ZoneId> known(String id) {
		try {
			return Optional.of(ZoneId.of(id));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	private static List<Group> groups() {
		Map<String, List<Choice>> byArea = new TreeMap<>();
		ZoneId.getAvailableZoneIds().stream().filter((id) -> AREA_CITY.matcher(id).matches()).sorted().forEach((id) -> {
			int slash = id.indexOf('/');
			byArea.computeIfAbsent(id.substring(0, slash), (area) -> new ArrayList<>())
				.add(new Choice(id, id.substring(slash + 1).replace('_', ' ')));
		});
		List<Group> groups = new ArrayList<>();
		groups.add(new Group("", List.of(new Choice(UTC, UTC))));
		byArea.forEach((area, zones) -> groups.add(new Group(area, List.copyOf(zones))));
		return List.copyOf(groups);
	}

}
