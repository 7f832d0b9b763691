package com.pushstudio.sandbox.identity;

import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import com.pushstudio.sandbox.SandboxRepository;

@SandboxRepository
interface RefreshTokenRepository extends Repository<RefreshTokenEntry, String> {

	RefreshTokenEntry save(RefreshTokenEntry entry);

	Optional<RefreshTokenEntry> findByTokenHash(String tokenHash);

	@Modifying
	@Query("update RefreshTokenEntry t set t.revoked = true where t.userObjectId = :objectId and t.revoked = false")
	int revokeAllOf(String objectId);

}
