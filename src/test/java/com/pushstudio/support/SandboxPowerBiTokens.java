package com.pushstudio.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.pushstudio.account.PowerBiTokens;
import com.pushstudio.sandbox.SandboxSigningKey;

/**
 * Tokens for users who never opened a browser: background work and feature tests that are
 * not about sign-in. Each user keeps a token until it is refreshed, as the real store
 * does; tests can shorten lifetimes, expire the next token, narrow the scopes and count
 * refreshes.
 */
public final class SandboxPowerBiTokens implements PowerBiTokens {

	private final SandboxSigningKey signingKey;

	private final String resource;

	private final Map<String, String> current = new ConcurrentHashMap<>();

	private final Set<String> expireNext = ConcurrentHashMap.newKeySet();

	private final Map<String, String> scopes = new ConcurrentHashMap<>();

	private final AtomicInteger refreshes = new AtomicInteger();

	private volatile Duration lifetime = Duration.ofHours(1);

	public SandboxPowerBiTokens(SandboxSigningKey signingKey, String resource) {
		this.signingKey = signingKey;
		this.resource = resource;
	}

	/** How long the tokens minted from now on live. */
	public void lifetime(Duration lifetime) {
		this.lifetime = lifetime;
	}

	/** The user's next token has already expired, as after an hour of background work. */
	public void expireNextToken(String principalName) {
		this.expireNext.add(principalName);
		this.current.remove(principalName);
	}

	/** The user consented to these scopes only (space-separated short names). */
	public void grantOnly(String principalName, String scopes) {
		this.scopes.put(principalName, scopes);
		this.current.remove(principalName);
	}

	public int refreshes() {
		return this.refreshes.get();
	}

	@Override
	public String accessToken(String principalName) {
		return this.current.computeIfAbsent(principalName, this::mint);
	}

	@Override
	public String refreshedAccessToken(String principalName) {
		this.refreshes.incrementAndGet();
		String token = mint(principalName);
		this.current.put(principalName, token);
		return token;
	}

	private String mint(String principalName) {
		Instant now = Instant.now();
		Duration validFor = this.expireNext.remove(principalName) ? Duration.ofMinutes(-5) : this.lifetime;
		return SandboxJwts.accessToken(this.signingKey.privateKey(), this.resource, principalName,
				this.scopes.getOrDefault(principalName, SandboxJwts.ALL_SCOPES), now.minusSeconds(600),
				now.plus(validFor));
	}

}
