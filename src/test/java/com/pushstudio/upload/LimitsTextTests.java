package com.pushstudio.upload;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A waiting job names the limits the pacer keeps, in words a person reads after "per".
 */
class LimitsTextTests {

	@Test
	void windowsReadAsAPersonSaysThem() {
		assertThat(LimitsText.window(Duration.ofHours(1))).isEqualTo("hour");
		assertThat(LimitsText.window(Duration.ofMinutes(1))).isEqualTo("minute");
		assertThat(LimitsText.window(Duration.ofHours(2))).isEqualTo("2 hours");
		assertThat(LimitsText.window(Duration.ofMinutes(5))).isEqualTo("5 minutes");
		assertThat(LimitsText.window(Duration.ofSeconds(1))).isEqualTo("second");
		assertThat(LimitsText.window(Duration.ofSeconds(90))).isEqualTo("90 seconds");
	}

	@Test
	void theDefaultsArePowerBisDocumentedLimits() {
		LimitsText text = LimitsText.of(new UploadProperties.Limits(10_000, DataSize.ofBytes(15_900_000), 120,
				Duration.ofMinutes(1), 250_000, 120, Duration.ofHours(1), 1_000_000, Duration.ofHours(1), 5));

		assertThat(text.rowsPerWindow()).isEqualTo("1,000,000");
		assertThat(text.rowsWindow()).isEqualTo("hour");
		assertThat(text.requestsPerWindow()).isEqualTo("120");
		assertThat(text.requestWindow()).isEqualTo("minute");
		assertThat(text.bigTableRows()).isEqualTo("250,000");
	}

}
