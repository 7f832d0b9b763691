package com.pushstudio.sandbox.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sandbox's refresh tokens: opaque random strings handed out once and stored only as
 * SHA-256 hashes. Redeeming one leaves it valid until it expires, as in Azure AD (the
 * client is told to keep the new one). Tests revoke a user's tokens here to see the
 * application ask for consent again.
 */
@Service
public class SandboxRefreshTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final RefreshTokenRepository repository;

	private final SandboxProperties properties;

	private final DemoDirectory directory;

	SandboxRefreshTokens(RefreshTokenRepository repository, SandboxProperties properties, DemoDirectory directory) {
		this.repository = repository;
		this.properties = properties;
		this.directory = directory;
	}

	/**
	 * Revokes every refresh token of a demo user; the next refresh answers
	 * {@code invalid_grant} (AADSTS700082).
	 * @param user the user's name ({@code ada@contoso.example}) or object id
	 * @return how many tokens were revoked
	 */
	@Transactional
	public int revokeRefreshTokensOf(String user) {
		return this.directory.user(user).map((found) -> this.repository.revokeAllOf(found.objectId())).orElse(0);
	}

	@Transactional
	String issue(DemoTenant tenant, DemoUser user, String clientId, String scope) {
		byte[] random = new byte[48];
		RANDOM.nextBytes(random);
		String token = "0.SBX." + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		Instant now = Instant.now();
		this.repository.save(new RefreshTokenEntry(hash(token), tenant.id(), user, clientId, scope, now,
				now.plus(this.properties.refreshTokenLifetime())));
		return token;
	}

	/** The grant behind a refresh token, if it is still good for this client. */
	@Transactional(readOnly = true)
	RefreshTokenEntry redeem(String token, String clientId) {
		RefreshTokenEntry entry = this.repository.findByTokenHash(hash(token))
			.filter((found) -> found.clientId().equals(clientId))
			.orElseThrow(() -> AadException.invalidGrant(9002313,
					"Invalid request. Request is malformed or invalid. The refresh token is not one this "
							+ "sandbox issued to this client."));
		if (!entry.usableAt(Instant.now())) {
			throw AadException.invalidGrant(700082, "The refresh token has expired due to inactivity. "
					+ "The token was issued on a date and was inactive for the configured time, or it was revoked.");
		}
		return entry;
	}

	private static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
