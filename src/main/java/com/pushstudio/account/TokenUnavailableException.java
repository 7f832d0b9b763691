package com.pushstudio.account;

/**
 * A token could not be refreshed for a passing reason (Azure AD unreachable or failing);
 * trying later may work.
 */
public class TokenUnavailableException extends RuntimeException {

	public TokenUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
