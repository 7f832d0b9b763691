package com.pushstudio.graph;

import java.util.concurrent.atomic.AtomicInteger;

import com.pushstudio.account.GraphTokens;

/** Tokens "token-1", then "token-2" after each refresh, counting the refreshes. */
final class CountingGraphTokens implements GraphTokens {

	private final AtomicInteger generation = new AtomicInteger(1);

	final AtomicInteger refreshes = new AtomicInteger();

	@Override
	public String accessToken(String principalName) {
		return "token-" + this.generation.get();
	}

	@Override
	public String refreshedAccessToken(String principalName) {
		this.refreshes.incrementAndGet();
		return "token-" + this.generation.incrementAndGet();
	}

	@Override
	public boolean hasConsent(String principalName) {
		return true;
	}

}
