package com.pushstudio.account;

/**
 * Valid Microsoft Graph access tokens ({@code Sites.Read.All}) for a user who allowed
 * Push Studio to read SharePoint sites, also from background work after the user has
 * left. The consent starts at {@link #CONSENT_START}.
 */
public interface GraphTokens {

	/**
	 * Where a signed-in user allows Push Studio to read SharePoint sites; an optional
	 * {@code continue} parameter (a path of this application) is where the user lands
	 * afterwards.
	 */
	String CONSENT_START = "/oauth2/authorization/" + AzureClientRegistrations.GRAPH_REGISTRATION_ID;

	/**
	 * A valid access token for the user, refreshed first when it is about to expire.
	 * @throws SharePointConsentRequiredException when the user has not consented, or
	 * Azure AD refused the refresh token
	 * @throws TokenUnavailableException when Azure AD could not be asked now
	 */
	String accessToken(String principalName);

	/**
	 * Refreshes now, whatever the stored expiry says: Graph answered 401.
	 * @throws SharePointConsentRequiredException when the refresh token was refused
	 * @throws TokenUnavailableException when Azure AD could not be asked now
	 */
	String refreshedAccessToken(String principalName);

	/**
	 * Whether the user has a Graph consent that Azure AD has not refused since; asks
	 * nobody.
	 */
	boolean hasConsent(String principalName);

}
