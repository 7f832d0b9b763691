package com.pushstudio.upload;

import java.util.Arrays;

/**
 * A benchmark's arguments: those given on the command line, or else the
 * {@code benchmark.args} system property split on spaces, which is how the Maven
 * {@code benchmark} profile passes {@code -Dbenchmark.args="..."} through.
 */
final class BenchmarkArgs {

	private BenchmarkArgs() {
	}

	static String[] of(String[] commandLine) {
		if (commandLine.length > 0) {
			return commandLine;
		}
		String property = System.getProperty("benchmark.args", "").strip();
		return property.isEmpty() ? new String[0] : Arrays.stream(property.split("\\s+")).toArray(String[]::new);
	}

}
