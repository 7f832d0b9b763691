package com.pushstudio.sandbox.graph;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The time the sandbox Graph API goes by: the application's {@link Clock} bean if there
 * is exactly one (tests put a movable one), the system clock otherwise (the emulator).
 */
@Component
class GraphClock {

	private final Clock clock;

	GraphClock(ObjectProvider<Clock> clocks) {
		this.clock = clocks.getIfUnique(Clock::systemUTC);
	}

	Clock clock() {
		return this.clock;
	}

}
