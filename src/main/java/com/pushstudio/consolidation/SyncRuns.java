package com.pushstudio.consolidation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface SyncRuns extends Repository<SyncRun, String> {

	SyncRun save(SyncRun run);

	Optional<SyncRun> findById(String id);

	List<SyncRun> findBySourceIdOrderByStartedAtDesc(String sourceId, Limit limit);

	@Modifying
	@Query("delete from SyncRun r where r.sourceId = ?1")
	void deleteBySource(String sourceId);

	/** Keeps the newest {@code keep} runs of the source: older ones go. */
	@Modifying
	@Query("delete from SyncRun r where r.sourceId = ?1 and r.startedAt < ?2")
	void deleteOlderThan(String sourceId, java.time.Instant startedAt);

}
