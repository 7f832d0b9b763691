package com.pushstudio.account;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Incomplete Azure settings as Spring Boot's short "APPLICATION FAILED TO START". */
class AzureSettingsFailureAnalyzer extends AbstractFailureAnalyzer<AzureSettingsException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, AzureSettingsException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"For azure mode set AZURE_CLIENT_ID and AZURE_CLIENT_SECRET (and TOKEN_ENCRYPTION_KEY); "
						+ "for sandbox mode remove every AZURE_* variable and azure.* property.",
				cause);
	}

}
