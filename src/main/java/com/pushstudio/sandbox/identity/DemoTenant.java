package com.pushstudio.sandbox.identity;

import java.util.List;

/**
 * A seeded directory. Where {@code adminConsentRequired}, users may not consent for
 * themselves: sign-in fails with AADSTS65001 until an administrator consents for all.
 */
record DemoTenant(String id, String displayName, String domain, boolean adminConsentRequired, List<DemoUser> users) {

	boolean matches(String idOrDomain) {
		return this.id.equalsIgnoreCase(idOrDomain) || this.domain.equalsIgnoreCase(idOrDomain);
	}

}
