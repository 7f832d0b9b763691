package com.pushstudio.sandbox.powerbi;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rows of push tables: append in JDBC batches, count, trim the oldest (basicFIFO),
 * delete, read in push order a page at a time. Each table's row count is kept in its own
 * row, changed in the same transaction as the rows, so that counting does not grow with
 * the table.
 */
@Component
class RowStore {

	private static final int BATCH = 1000;

	private final EntityManager entityManager;

	private final RowRepository rows;

	private final TransactionTemplate transactions;

	/**
	 * Writers of one table take turns, so that two first appends cannot both create its
	 * count. In memory, like the rate limits: the sandbox runs as one instance.
	 */
	private final ConcurrentMap<SandboxTableRowCount.Key, Object> writers = new ConcurrentHashMap<>();

	RowStore(EntityManager entityManager, RowRepository rows, TransactionTemplate transactions) {
		this.entityManager = entityManager;
		this.rows = rows;
		this.transactions = transactions;
	}

	/**
	 * Appends, then trims to the newest {@code keep} rows if given (basicFIFO), in one
	 * transaction.
	 */
	void append(String datasetId, String tableName, List<String> rowJson, Long keep) {
		SandboxTableRowCount.Key key = new SandboxTableRowCount.Key(datasetId, tableName);
		synchronized (writerOf(key)) {
			this.transactions.executeWithoutResult((status) -> {
				insert(key, rowJson);
				long count = count(key) + rowJson.size();
				if (keep != null && count > keep) {
					dropOldest(key, count - keep);
					count = keep;
				}
				saveCount(key, count);
			});
		}
	}

	@Transactional(readOnly = true)
	long count(String datasetId, String tableName) {
		return count(new SandboxTableRowCount.Key(datasetId, tableName));
	}

	void deleteAll(String datasetId, String tableName) {
		SandboxTableRowCount.Key key = new SandboxTableRowCount.Key(datasetId, tableName);
		synchronized (writerOf(key)) {
			this.transactions.executeWithoutResult((status) -> {
				this.rows.deleteTable(datasetId, tableName);
				saveCount(key, 0);
			});
		}
	}

	/**
	 * Up to {@code limit} rows after {@code afterId} in push order. Readers take no lock:
	 * each page is a committed snapshot, and a writer never waits for a reader.
	 */
	@Transactional(readOnly = true)
	List<StoredRow> readAfter(String datasetId, String tableName, long afterId, int limit) {
		return this.rows.findAfter(datasetId, tableName, afterId, Limit.of(limit));
	}

	private Object writerOf(SandboxTableRowCount.Key key) {
		return this.writers.computeIfAbsent(key, (k) -> new Object());
	}

	private void insert(SandboxTableRowCount.Key key, List<String> rowJson) {
		this.entityManager.unwrap(Session.class).setJdbcBatchSize(BATCH);
		for (int i = 0; i < rowJson.size(); i++) {
			this.entityManager.persist(new SandboxRow(key.datasetId(), key.tableName(), rowJson.get(i)));
			if ((i + 1) % BATCH == 0) {
				this.entityManager.flush();
				this.entityManager.clear();
			}
		}
		this.entityManager.flush();
		this.entityManager.clear();
	}

	private long count(SandboxTableRowCount.Key key) {
		SandboxTableRowCount count = this.entityManager.find(SandboxTableRowCount.class, key);
		return (count != null) ? count.rowCount() : 0;
	}

	/** Deletes the {@code excess} oldest rows: ids are in push order. */
	private void dropOldest(SandboxTableRowCount.Key key, long excess) {
		List<Long> cut = this.rows.findIds(key.datasetId(), key.tableName(), PageRequest.of((int) (excess - 1), 1));
		if (!cut.isEmpty()) {
			this.rows.deleteUpTo(key.datasetId(), key.tableName(), cut.get(0));
		}
	}

	private void saveCount(SandboxTableRowCount.Key key, long rowCount) {
		SandboxTableRowCount count = this.entityManager.find(SandboxTableRowCount.class, key);
		if (count == null) {
			count = new SandboxTableRowCount(key);
			this.entityManager.persist(count);
		}
		count.set(rowCount);
	}

}
