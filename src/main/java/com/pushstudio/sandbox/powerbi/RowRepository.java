package com.pushstudio.sandbox.powerbi;

import com.pushstudio.sandbox.SandboxRepository;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

@SandboxRepository
interface RowRepository extends JpaRepository<SandboxRow, Long> {

	/**
	 * The rows after a row id, oldest first, at most {@code limit} of them: keyset paging
	 * on the table index, so that a page costs the same however deep into the table it
	 * is.
	 */
	@Query("select new com.pushstudio.sandbox.powerbi.StoredRow(r.id, r.rowJson) from SandboxRow r"
			+ " where r.datasetId = ?1 and r.tableName = ?2 and r.id > ?3 order by r.id")
	List<StoredRow> findAfter(String datasetId, String tableName, long afterId, Limit limit);

	/** The ids of a table's rows, oldest first; one page of it finds the FIFO cut. */
	@Query("select r.id from SandboxRow r where r.datasetId = ?1 and r.tableName = ?2 order by r.id")
	List<Long> findIds(String datasetId, String tableName, Pageable page);

	@Modifying
	@Query("delete from SandboxRow r where r.datasetId = ?1 and r.tableName = ?2 and r.id <= ?3")
	int deleteUpTo(String datasetId, String tableName, long lastId);

	@Modifying
	@Query("delete from SandboxRow r where r.datasetId = ?1 and r.tableName = ?2")
	int deleteTable(String datasetId, String tableName);

}
