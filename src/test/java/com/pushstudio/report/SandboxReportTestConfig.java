package com.pushstudio.report;

import com.pushstudio.account.PowerBiProperties;
import com.pushstudio.sandbox.SandboxSigningKey;
import com.pushstudio.support.SandboxPowerBiTokens;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Full-stack report tests talk to the sandbox over HTTP with tokens the sandbox accepts:
 * minted here for the principal name (the user's oid), as the sandbox identity provider
 * mints them, without a sign-in through the sandbox identity provider.
 */
@TestConfiguration(proxyBeanMethods = false)
class SandboxReportTestConfig {

	@Bean
	@Primary
	SandboxPowerBiTokens sandboxTestTokens(SandboxSigningKey key, PowerBiProperties powerBi) {
		return new SandboxPowerBiTokens(key, powerBi.resource());
	}

}
