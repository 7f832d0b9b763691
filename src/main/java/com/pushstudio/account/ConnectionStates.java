package com.pushstudio.account;

import java.util.Optional;

/**
 * What the pages and the token logic need to know about a user's stored connection,
 * beyond the tokens themselves.
 */
interface ConnectionStates {

	/** The user's sign-in connection (registration {@code azure}). */
	default Optional<ConnectionState> find(String principalName) {
		return find(AzureClientRegistrations.REGISTRATION_ID, principalName);
	}

	Optional<ConnectionState> find(String registrationId, String principalName);

	/**
	 * Azure AD refused the refresh token: keep the row, but the user must consent again.
	 */
	void markNeedsConsent(String registrationId, String principalName);

}
