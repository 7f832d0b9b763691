package com.pushstudio.upload;

import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The time zones offered on the options page: UTC first, the IANA zones by area, a
 * bounded list; what a browser names is taken only when Java knows it.
 */
class TimeZoneChoicesTests {

	@Test
	void utcComesFirstThenTheZonesByAreaNamedByTheirCity() {
		List<TimeZoneChoices.Group> groups = TimeZoneChoices.around("UTC");
		assertThat(groups.get(0).zones()).extracting(TimeZoneChoices.Choice::id).containsExactly("UTC");
		assertThat(groups).extracting(TimeZoneChoices.Group::area).contains("Africa", "America", "Asia", "Europe");
		assertThat(groups.stream().filter((group) -> group.area().equals("America")).findFirst().orElseThrow().zones())
			.contains(new TimeZoneChoices.Choice("America/New_York", "New York"),
					new TimeZoneChoices.Choice("America/Argentina/Buenos_Aires", "Argentina/Buenos Aires"));
		long zones = groups.stream().mapToLong((group) -> group.zones().size()).sum();
		assertThat(zones).isBetween(300L, 700L);
		assertThat(groups.stream().flatMap((group) -> group.zones().stream()))
			.noneMatch((zone) -> zone.id().startsWith("Etc/") || zone.id().startsWith("US/"));
	}

	@Test
	void aZoneChosenOutsideTheListIsStillOfferedSoThePageDoesNotChangeIt() {
		List<TimeZoneChoices.Group> groups = TimeZoneChoices.around("Etc/GMT+5");
		assertThat(groups.get(0).zones()).extracting(TimeZoneChoices.Choice::id).containsExactly("UTC", "Etc/GMT+5");
	}

	@Test
	void whatABrowserNamesIsTakenOnlyWhenJavaKnowsIt() {
		assertThat(TimeZoneChoices.browserZone("Europe/Berlin")).isEqualTo(ZoneId.of("Europe/Berlin"));
		assertThat(TimeZoneChoices.browserZone(" Asia/Tokyo ")).isEqualTo(ZoneId.of("Asia/Tokyo"));
		assertThat(TimeZoneChoices.browserZone(null)).isEqualTo(ZoneId.of("UTC"));
		assertThat(TimeZoneChoices.browserZone("")).isEqualTo(ZoneId.of("UTC"));
		assertThat(TimeZoneChoices.browserZone("Mars/Olympus_Mons")).isEqualTo(ZoneId.of("UTC"));
		assertThat(TimeZoneChoices.browserZone("Europe/" + "x".repeat(500))).isEqualTo(ZoneId.of("UTC"));
	}

}
