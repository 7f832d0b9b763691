package com.pushstudio.sandbox.emulator;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.MapPropertySource;

/**
 * The data folder as an absolute path ({@code push-studio.emulator.data-path}), for the
 * H2 file's URL: H2 refuses a path that is implicitly relative to the working directory,
 * and {@code PUSH_STUDIO_DATA_DIR=data} is one.
 */
class EmulatorDataFolder implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		String dataDir = event.getEnvironment().getRequiredProperty("push-studio.data-dir");
		event.getEnvironment()
			.getPropertySources()
			.addLast(new MapPropertySource("emulatorDataFolder", Map.of("push-studio.emulator.data-path",
					Path.of(dataDir).toAbsolutePath().normalize().toString())));
	}

}
