package com.pushstudio.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface StoredConnectionRepository extends Repository<StoredConnection, Long> {

	Optional<StoredConnection> findByRegistrationIdAndPrincipalName(String registrationId, String principalName);

	List<StoredConnection> findAll();

	StoredConnection save(StoredConnection connection);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from StoredConnection c where c.registrationId = ?1 and c.principalName = ?2")
	int deleteConnection(String registrationId, String principalName);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update StoredConnection c set c.needsConsent = true, c.updatedAt = ?3 "
			+ "where c.registrationId = ?1 and c.principalName = ?2")
	int markNeedsConsent(String registrationId, String principalName, Instant now);

}
