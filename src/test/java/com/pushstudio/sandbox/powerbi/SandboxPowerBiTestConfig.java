package com.pushstudio.sandbox.powerbi;

import com.pushstudio.support.MutableClock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * What the tests of the sandbox Power BI API add: a movable clock, so time windows pass
 * without waiting.
 */
@TestConfiguration(proxyBeanMethods = false)
class SandboxPowerBiTestConfig {

	@Bean
	@Primary
	MutableClock mutableClock() {
		return new MutableClock();
	}

}
