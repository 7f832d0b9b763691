package com.pushstudio.account;

import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Who is signed in, from the id token: Power BI's access token is not for us to read
 * identity from.
 */
record SignedInUser(String name, String username, String tenantId, String objectId) {

	static SignedInUser of(OidcUser user) {
		return new SignedInUser(user.getFullName(), user.getPreferredUsername(), user.getClaimAsString("tid"),
				user.getName());
	}

}
