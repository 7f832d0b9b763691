package com.pushstudio.powerbi;

/**
 * Power BI answered 5xx. For a write the request may or may not have been applied before
 * the failure; the service does not say.
 */
public class PowerBiServerException extends PowerBiException {

	PowerBiServerException(PowerBiError error) {
		super("Power BI had a problem on its side; try again in a while.", error);
	}

	@Override
	public boolean retryable() {
		return true;
	}

}
