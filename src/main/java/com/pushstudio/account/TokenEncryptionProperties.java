package com.pushstudio.account;

import java.nio.file.Path;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The keys that encrypt stored tokens ({@code TOKEN_ENCRYPTION_KEY}: base64 256-bit keys,
 * comma-separated, the first encrypts) and the data folder that keeps a generated one in
 * sandbox mode. The keys are checked by {@link TokenEncryptionKeys}, not by bean
 * validation, whose messages would print the offending value.
 */
@ConfigurationProperties("push-studio")
@Validated
record TokenEncryptionProperties(String tokenEncryptionKey, @NotNull @DefaultValue("./data") Path dataDir) {

	@Override
	public String toString() {
		// Records print every component; the keys must never reach a log.
		return "TokenEncryptionProperties[tokenEncryptionKey=<hidden>, dataDir=" + this.dataDir + "]";
	}

}
