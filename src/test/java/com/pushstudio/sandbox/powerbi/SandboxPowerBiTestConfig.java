package com.pushstudio.sandbox.powerbi;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.annotation.Order;
import org.springframework.core.Ordered;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * What the tests of the sandbox Power BI API add: a movable clock, and (until the sandbox
 * identity provider's {@code /sandbox/**} chain lands on this branch) a chain that lets
 * the API check its own bearer tokens, as that chain will.
 */
@TestConfiguration(proxyBeanMethods = false)
class SandboxPowerBiTestConfig {

	@Bean
	@Primary
	MutableClock mutableClock() {
		return new MutableClock();
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain sandboxPowerBiTestChain(HttpSecurity http) throws Exception {
		return http.securityMatcher("/sandbox/powerbi/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.build();
	}

}
