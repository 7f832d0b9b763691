package com.pushstudio.account;

/** The Azure settings are incomplete: start-up stops and says what is missing. */
class AzureSettingsException extends RuntimeException {

	AzureSettingsException(String message) {
		super(message);
	}

}
