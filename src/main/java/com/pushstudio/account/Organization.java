package com.pushstudio.account;

import java.util.Locale;

/**
 * The organization (Azure AD tenant) as people read it. An id token carries the tenant's
 * id ({@code tid}) but not its name: that is Microsoft Graph's {@code /organization},
 * which needs another scope and a token for another resource. What names it without
 * asking for more is the domain of the person's own sign-in name. A guest's sign-in name
 * is of their home organization, not this one, so for a guest (and without a sign-in
 * name) the id is all there is to show.
 *
 * @param tenantId the tenant's id, as the token says it
 * @param domain the domain of a member's sign-in name, or {@code null}
 */
record Organization(String tenantId, String domain) {

	/**
	 * @param username {@code preferred_username} or {@code upn}
	 * @param guest the token says another identity provider signed the person in
	 */
	static Organization of(String tenantId, String username, boolean guest) {
		int at = (username != null) ? username.lastIndexOf('@') : -1;
		String domain = (!guest && at > 0 && at < username.length() - 1)
				? username.substring(at + 1).toLowerCase(Locale.ROOT) : null;
		return new Organization(tenantId, domain);
	}

	/** The name a person reads: the domain, or the id when no domain is known. */
	public String name() {
		return (this.domain != null) ? this.domain : this.tenantId;
	}

	/** Whether {@link #name()} is a domain rather than the bare id. */
	public boolean named() {
		return this.domain != null;
	}

}
