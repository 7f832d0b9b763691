package com.pushstudio.account;

/**
 * The user has not allowed Push Studio to read SharePoint sites yet: the consent starts
 * at {@code /oauth2/authorization/graph}.
 */
public class SharePointConsentRequiredException extends RuntimeException {

	public SharePointConsentRequiredException(String message) {
		super(message);
	}

}
