package com.pushstudio.account;

/**
 * Valid Power BI access tokens for a signed-in user, also from background work after the
 * user has left.
 */
public interface PowerBiTokens {

	/**
	 * A valid access token for the user, refreshed first when it is about to expire.
	 * @throws ConsentRequiredException when there is no connection or the refresh token
	 * was refused
	 */
	String accessToken(String principalName);

	/**
	 * Refreshes now, whatever the stored expiry says: Power BI answered 401 or 403
	 * {@code TokenExpired}.
	 * @throws ConsentRequiredException when the refresh token was refused
	 */
	String refreshedAccessToken(String principalName);

}
