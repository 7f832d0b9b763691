package com.pushstudio.sandbox.identity;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Tenants whose administrator consented for everyone (admin consent endpoint). Kept in
 * memory: after a restart an administrator consents again.
 */
@Component
class TenantConsents {

	private final Set<String> granted = ConcurrentHashMap.newKeySet();

	void grant(DemoTenant tenant) {
		this.granted.add(tenant.id());
	}

	/** Whether this tenant's users may use the app (they may consent for themselves). */
	boolean allows(DemoTenant tenant) {
		return !tenant.adminConsentRequired() || this.granted.contains(tenant.id());
	}

	/** Forgets all tenant-wide consents, for tests that need a fresh tenant. */
	void reset() {
		this.granted.clear();
	}

}
