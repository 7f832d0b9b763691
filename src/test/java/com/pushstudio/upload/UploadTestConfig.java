package com.pushstudio.upload;

import com.pushstudio.account.CloudEndpoints;
import com.pushstudio.sandbox.SandboxSigningKey;
import com.pushstudio.support.SandboxPowerBiTokens;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Tokens without a sign-in: the job runs as a user who never opened a browser.
 */
@TestConfiguration(proxyBeanMethods = false)
class UploadTestConfig {

	@Bean
	@Primary
	SandboxPowerBiTokens testPowerBiTokens(SandboxSigningKey key, CloudEndpoints endpoints) {
		return new SandboxPowerBiTokens(key, endpoints.powerBiResource());
	}

}
