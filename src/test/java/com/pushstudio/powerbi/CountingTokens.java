package com.pushstudio.powerbi;

import java.util.concurrent.atomic.AtomicInteger;

import com.pushstudio.account.PowerBiTokens;

/** Hands out recognisable tokens and counts how often each kind was asked for. */
class CountingTokens implements PowerBiTokens {

	final AtomicInteger accessTokens = new AtomicInteger();

	final AtomicInteger refreshedTokens = new AtomicInteger();

	@Override
	public String accessToken(String principalName) {
		return "access-" + principalName + "-" + this.accessTokens.incrementAndGet();
	}

	@Override
	public String refreshedAccessToken(String principalName) {
		return "refreshed-" + principalName + "-" + this.refreshedTokens.incrementAndGet();
	}

}
