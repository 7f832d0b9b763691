package com.pushstudio.sandbox.powerbi;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import com.pushstudio.sandbox.SandboxMode;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rows of push tables: append in JDBC batches, count, trim the oldest (basicFIFO),
 * delete, read in push order. Runs inside the caller's transaction.
 */
@Component
@SandboxMode
class RowStore {

	private static final int BATCH = 1000;

	private final EntityManager entityManager;

	private final RowRepository rows;

	RowStore(EntityManager entityManager, RowRepository rows) {
		this.entityManager = entityManager;
		this.rows = rows;
	}

	/**
	 * Appends, then trims to the newest {@code keep} rows if given (basicFIFO), in one
	 * transaction.
	 */
	@Transactional
	void append(String datasetId, String tableName, List<String> rowJson, Long keep) {
		this.entityManager.unwrap(Session.class).setJdbcBatchSize(BATCH);
		for (int i = 0; i < rowJson.size(); i++) {
			this.entityManager.persist(new SandboxRow(datasetId, tableName, rowJson.get(i)));
			if ((i + 1) % BATCH == 0) {
				this.entityManager.flush();
				this.entityManager.clear();
			}
		}
		this.entityManager.flush();
		this.entityManager.clear();
		if (keep != null) {
			keepNewest(datasetId, tableName, keep);
		}
	}

	long count(String datasetId, String tableName) {
		return this.rows.countByDatasetIdAndTableName(datasetId, tableName);
	}

	private void keepNewest(String datasetId, String tableName, long keep) {
		long excess = count(datasetId, tableName) - keep;
		if (excess <= 0) {
			return;
		}
		List<Long> cut = this.rows.findIds(datasetId, tableName, PageRequest.of((int) (excess - 1), 1));
		if (!cut.isEmpty()) {
			this.rows.deleteUpTo(datasetId, tableName, cut.get(0));
		}
	}

	@Transactional
	void deleteAll(String datasetId, String tableName) {
		this.rows.deleteTable(datasetId, tableName);
	}

	@Transactional(readOnly = true)
	List<String> read(String datasetId, String tableName) {
		return this.rows.findJson(datasetId, tableName);
	}

}
