package com.pushstudio.sandbox.identity;

import org.springframework.http.HttpStatus;

/**
 * A refusal in Azure AD's terms: the OAuth error code, the AADSTS number and its text.
 * The token endpoint answers it as JSON, the authorize endpoint as a redirect or a page.
 */
class AadException extends RuntimeException {

	private final HttpStatus status;

	private final String error;

	private final int code;

	AadException(HttpStatus status, String error, int code, String message) {
		super(message);
		this.status = status;
		this.error = error;
		this.code = code;
	}

	static AadException badRequest(String error, int code, String message) {
		return new AadException(HttpStatus.BAD_REQUEST, error, code, message);
	}

	static AadException invalidGrant(int code, String message) {
		return badRequest("invalid_grant", code, message);
	}

	static AadException invalidRequest(int code, String message) {
		return badRequest("invalid_request", code, message);
	}

	/**
	 * Azure AD's answer for a tenant it does not know, at the token endpoint and in
	 * discovery alike (AADSTS90002, InvalidTenantName, in Microsoft's reference of AADSTS
	 * error codes).
	 */
	static AadException unknownTenant(String tenant) {
		return badRequest("invalid_tenant", 90002,
				"Tenant '" + tenant + "' not found. Check to make sure you have "
						+ "the correct tenant ID and are signing into the correct cloud. Check with your subscription "
						+ "administrator, this may happen if there are no active subscriptions for the tenant.");
	}

	static AadException missing(String parameter) {
		return invalidRequest(900144, "The request body must contain the following parameter: '" + parameter + "'.");
	}

	HttpStatus status() {
		return this.status;
	}

	String error() {
		return this.error;
	}

	int code() {
		return this.code;
	}

	/** "AADSTS65004: User declined to consent ..." as Azure starts its descriptions. */
	String description() {
		return "AADSTS" + this.code + ": " + getMessage();
	}

}
