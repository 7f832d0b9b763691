package com.pushstudio.sandbox.identity;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One issued refresh token, known by its hash only. */
@Entity
@Table(name = "sandbox_refresh_token")
class RefreshTokenEntry {

	@Id
	private String id;

	@Column(name = "token_hash")
	private String tokenHash;

	@Column(name = "tenant_id")
	private String tenantId;

	@Column(name = "user_object_id")
	private String userObjectId;

	private String username;

	@Column(name = "client_id")
	private String clientId;

	private String scope;

	@Column(name = "issued_at")
	private Instant issuedAt;

	@Column(name = "expires_at")
	private Instant expiresAt;

	private boolean revoked;

	protected RefreshTokenEntry() {
	}

	RefreshTokenEntry(String tokenHash, String tenantId, DemoUser user, String clientId, String scope, Instant issuedAt,
			Instant expiresAt) {
		this.id = UUID.randomUUID().toString();
		this.tokenHash = tokenHash;
		this.tenantId = tenantId;
		this.userObjectId = user.objectId();
		this.username = user.username();
		this.clientId = clientId;
		this.scope = scope;
		this.issuedAt = issuedAt;
		this.expiresAt = expiresAt;
	}

	String tenantId() {
		return this.tenantId;
	}

	String userObjectId() {
		return this.userObjectId;
	}

	String clientId() {
		return this.clientId;
	}

	String scope() {
		return this.scope;
	}

	boolean usableAt(Instant now) {
		return !this.revoked && now.isBefore(this.expiresAt);
	}

}
