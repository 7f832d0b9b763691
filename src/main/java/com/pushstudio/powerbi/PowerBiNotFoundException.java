package com.pushstudio.powerbi;

/**
 * Power BI answered 404: the workspace, dataset, table or report does not exist, or is
 * hidden from the user.
 */
public class PowerBiNotFoundException extends PowerBiException {

	PowerBiNotFoundException(String userMessage, PowerBiError error) {
		super(userMessage, error);
	}

	PowerBiNotFoundException(PowerBiError error) {
		this("Power BI could not find it: it was deleted, or you have no access to it.", error);
	}

}
