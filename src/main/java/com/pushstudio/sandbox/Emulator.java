package com.pushstudio.sandbox;

import java.util.Arrays;
import java.util.Map;

import com.pushstudio.sandbox.emulator.EmulatorApplication;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the standalone emulator: its own Spring application with its own settings file
 * ({@code push-studio-emulator.yml}, not {@code application.yml}) and data, so nothing of
 * the application runs in it.
 */
public final class Emulator {

	static final String SWITCH = "--emulator";

	private Emulator() {
	}

	/** {@code --emulator} among the arguments, or {@code PUSH_STUDIO_EMULATOR=true}. */
	public static boolean requested(String[] args, Map<String, String> environment) {
		return Arrays.asList(args).contains(SWITCH)
				|| Boolean.parseBoolean(environment.getOrDefault("PUSH_STUDIO_EMULATOR", "false"));
	}

	/**
	 * Starts the emulator; it prints its JSON line once listening.
	 * @param args command-line arguments ({@code --emulator} and settings such as
	 * {@code --push-studio.data-dir=...})
	 * @return the running emulator
	 */
	public static ConfigurableApplicationContext start(String... args) {
		String[] settings = Arrays.stream(args).filter((arg) -> !SWITCH.equals(arg)).toArray(String[]::new);
		return EmulatorApplication.start(settings);
	}

}
