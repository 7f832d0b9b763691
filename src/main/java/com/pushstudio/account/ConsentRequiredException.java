package com.pushstudio.account;

/**
 * The user must go through consent again: no stored connection, or Azure AD refused the
 * refresh token.
 */
public class ConsentRequiredException extends RuntimeException {

	public ConsentRequiredException(String message) {
		super(message);
	}

}
