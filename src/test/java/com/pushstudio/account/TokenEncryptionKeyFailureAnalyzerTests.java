package com.pushstudio.account;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

class TokenEncryptionKeyFailureAnalyzerTests {

	@Test
	void aMissingKeyIsReportedAsTheReasonStartUpFailedWithWhatToDo() {
		var failure = new BeanCreationException("tokenCipher",
				new TokenEncryptionKeyException("TOKEN_ENCRYPTION_KEY is required"));

		FailureAnalysis analysis = new TokenEncryptionKeyFailureAnalyzer().analyze(failure);

		assertThat(analysis.getDescription()).isEqualTo("TOKEN_ENCRYPTION_KEY is required");
		assertThat(analysis.getAction()).contains("openssl rand -base64 32");
	}

	@Test
	void springBootFindsTheAnalyzer() {
		// Boot's own analyzers want constructor arguments that only a running application
		// gives; skip those.
		SpringFactoriesLoader.FailureHandler skip = (type, name, failure) -> {
		};
		assertThat(SpringFactoriesLoader.forDefaultResourceLocation().load(FailureAnalyzer.class, null, skip))
			.hasAtLeastOneElementOfType(TokenEncryptionKeyFailureAnalyzer.class);
	}

}
