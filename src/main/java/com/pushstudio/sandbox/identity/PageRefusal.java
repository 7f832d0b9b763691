package com.pushstudio.sandbox.identity;

import org.springframework.http.HttpStatus;

/**
 * A refusal that must not be sent to the redirect URI, because that URI or the client is
 * not trusted: Azure AD shows these on its own page (AADSTS50011, AADSTS700016).
 */
class PageRefusal extends AadException {

	PageRefusal(String error, int code, String message) {
		super(HttpStatus.BAD_REQUEST, error, code, message);
	}

}
