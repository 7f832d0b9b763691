package com.pushstudio.upload;

import com.pushstudio.account.CloudEndpoints;
import com.pushstudio.sandbox.SandboxSigningKey;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Tokens without a sign-in, and (until the sandbox identity provider's chain is merged) a
 * chain that lets the sandbox API check its bearer tokens itself.
 */
@TestConfiguration(proxyBeanMethods = false)
class UploadTestConfig {

	@Bean
	@Primary
	TestPowerBiTokens testPowerBiTokens(SandboxSigningKey key, CloudEndpoints endpoints) {
		return new TestPowerBiTokens(key, endpoints.powerBiResource());
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain uploadTestSandboxChain(HttpSecurity http) throws Exception {
		return http.securityMatcher("/sandbox/powerbi/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.build();
	}

}
