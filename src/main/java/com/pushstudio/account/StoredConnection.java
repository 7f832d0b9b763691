package com.pushstudio.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A user's stored connection: one row per registration and user, tokens encrypted by
 * {@link TokenCipher}. Plain fields and no logic;
 * {@link EncryptedAuthorizedClientService} decides what goes in.
 */
@Entity
@Table(name = "authorized_client")
class StoredConnection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "registration_id", nullable = false)
	String registrationId;

	@Column(name = "principal_name", nullable = false)
	String principalName;

	@Column(name = "access_token_ciphertext", nullable = false)
	String accessTokenCiphertext;

	@Column(name = "access_token_type", nullable = false)
	String accessTokenType;

	@Column(name = "access_token_issued_at")
	Instant accessTokenIssuedAt;

	@Column(name = "access_token_expires_at")
	Instant accessTokenExpiresAt;

	/** Space-separated, as in OAuth 2. */
	@Column(name = "access_token_scopes")
	String accessTokenScopes;

	@Column(name = "refresh_token_ciphertext")
	String refreshTokenCiphertext;

	@Column(name = "refresh_token_issued_at")
	Instant refreshTokenIssuedAt;

	@Column(name = "needs_consent", nullable = false)
	boolean needsConsent;

	@Column(name = "updated_at", nullable = false)
	Instant updatedAt;

	/** The tenant the principal signed in from; {@code null} until its next sign-in. */
	@Column(name = "tenant_id")
	String tenantId;

	protected StoredConnection() {
	}

	StoredConnection(String registrationId, String principalName) {
		this.registrationId = registrationId;
		this.principalName = principalName;
	}

	/** Names the row only: even ciphertexts stay out of logs. */
	@Override
	public String toString() {
		return "StoredConnection[registration=" + this.registrationId + ", principal=" + this.principalName
				+ ", needsConsent=" + this.needsConsent + ", expiresAt=" + this.accessTokenExpiresAt + "]";
	}

}
