package com.pushstudio.sandbox.powerbi;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The time the sandbox Power BI API goes by: the application's {@link Clock} bean if
 * there is exactly one (tests put a movable one), the system clock otherwise.
 */
@Component
class SandboxClock {

	private final Clock clock;

	SandboxClock(ObjectProvider<Clock> clocks) {
		this.clock = clocks.getIfUnique(Clock::systemUTC);
	}

	Clock clock() {
		return this.clock;
	}

}
