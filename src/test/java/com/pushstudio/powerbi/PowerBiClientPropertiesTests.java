package com.pushstudio.powerbi;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PowerBiClientPropertiesTests {

	@Test
	void timeoutsDefaultAndCanBeSet() {
		PowerBiClientProperties properties = bind(Map.of("push-studio.powerbi.read-timeout", "2m"));

		assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
		assertThat(properties.readTimeout()).isEqualTo(Duration.ofMinutes(2));
	}

	@Test
	void aZeroTimeoutIsRefused() {
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> bind(Map.of("push-studio.powerbi.connect-timeout", "0s")));
	}

	private static PowerBiClientProperties bind(Map<String, String> settings) {
		return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("push-studio.powerbi",
				PowerBiClientProperties.class);
	}

}
