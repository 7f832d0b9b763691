package com.pushstudio.consolidation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** The sources of each user; pages look them up by owner. */
interface Sources extends Repository<SharePointSource, String> {

	SharePointSource save(SharePointSource source);

	Optional<SharePointSource> findById(String id);

	Optional<SharePointSource> findByIdAndOwner(String id, String owner);

	Optional<SharePointSource> findByOwnerAndDatasetIdAndTableNameIgnoreCase(String owner, String datasetId,
			String tableName);

	List<SharePointSource> findTop100ByNextSyncAtLessThanEqualOrderByNextSyncAt(Instant now);

	void delete(SharePointSource source);

}
