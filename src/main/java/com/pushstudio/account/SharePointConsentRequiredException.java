package com.pushstudio.account;

/**
 * The user has not allowed Push Studio to read SharePoint sites, or Azure AD no longer
 * honours that consent: the user must go through {@link GraphTokens#CONSENT_START}. Not a
 * {@link ConsentRequiredException}: that one sends the user through sign-in again, which
 * does not ask for this permission.
 */
public class SharePointConsentRequiredException extends RuntimeException {

	public SharePointConsentRequiredException() {
		super("Allow Push Studio to read SharePoint sites first.");
	}

}
