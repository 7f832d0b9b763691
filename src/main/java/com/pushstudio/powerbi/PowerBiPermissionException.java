package com.pushstudio.powerbi;

/**
 * Power BI refused with 403 for a reason other than an expired token: the user lacks a
 * permission on the item, or the app lacks the user's (or an admin's) consent.
 */
public class PowerBiPermissionException extends PowerBiException {

	private final String requiredScope;

	PowerBiPermissionException(String requiredScope, PowerBiError error) {
		super("Power BI refused: permission or consent missing. This needs the " + requiredScope
				+ " permission and access to the item; sign in again to consent, or ask an administrator.", error);
		this.requiredScope = requiredScope;
	}

	/** The delegated scope the operation needs, as the API reference names it. */
	public String requiredScope() {
		return this.requiredScope;
	}

}
