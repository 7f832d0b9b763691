package com.pushstudio.consolidation;

import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface SourceLists extends Repository<SourceList, Long> {

	SourceList save(SourceList list);

	void delete(SourceList list);

	List<SourceList> findBySourceIdOrderByTitle(String sourceId);

	@Modifying
	@Query("delete from SourceList l where l.sourceId = ?1")
	void deleteBySource(String sourceId);

}
