package com.pushstudio.account;

import java.util.Optional;

/**
 * What the pages and the token logic need to know about a user's stored connection,
 * beyond the tokens themselves.
 */
interface ConnectionStates {

	Optional<ConnectionState> find(String principalName);

	/**
	 * Azure AD refused the refresh token: keep the row, but the user must consent again.
	 */
	void markNeedsConsent(String registrationId, String principalName);

}
