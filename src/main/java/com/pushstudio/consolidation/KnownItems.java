package com.pushstudio.consolidation;

import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface KnownItems extends Repository<KnownItem, Long> {

	KnownItem save(KnownItem item);

	List<KnownItem> findBySourceId(String sourceId);

	@Modifying
	@Query("delete from KnownItem i where i.sourceId = ?1 and i.listId = ?2")
	void deleteByList(String sourceId, String listId);

	@Modifying
	@Query("delete from KnownItem i where i.sourceId = ?1")
	void deleteBySource(String sourceId);

	@Modifying
	@Query("delete from KnownItem i where i.sourceId = ?1 and i.listId = ?2 and i.itemId in ?3")
	void deleteItems(String sourceId, String listId, java.util.Collection<String> itemIds);

}
