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

	/**
	 * Where the person signed in from. Azure AD adds {@code idp} to the id token only
	 * when another identity provider (a guest's home tenant, a Microsoft account) signed
	 * the person in.
	 */
	static Organization organizationOf(OidcUser user) {
		String idp = user.getClaimAsString("idp");
		String issuer = (user.getIssuer() != null) ? user.getIssuer().toString() : null;
		boolean guest = idp != null && !idp.equals(issuer);
		return Organization.of(user.getClaimAsString("tid"), user.getPreferredUsername(), guest);
	}

}
