package com.pushstudio.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The cipher of the token store, from the configured keys or, in sandbox mode, a
 * generated one. Fails start-up, with what to do, when there is no usable key.
 */
@Configuration(proxyBeanMethods = false)
class TokenStoreConfig {

	@Bean
	TokenCipher tokenCipher(TokenEncryptionProperties properties, AzureProperties azure) {
		return new TokenCipher(TokenEncryptionKeys.resolve(properties, azure.sandboxMode()));
	}

}
