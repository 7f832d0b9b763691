package com.pushstudio.sandbox.powerbi;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delete Dataset's effect: the dataset, its rows and their counts, and the reports bound
 * to it, as "deleting a semantic model also deletes all reports and dashboard tiles that
 * contain data from that semantic model" (powerbi-docs {@code service-delete.md}). The
 * recorded imports that made those reports or the dataset go with them.
 */
@Component
class DatasetRemoval {

	private final EntityManager entityManager;

	DatasetRemoval(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Transactional
	void remove(SandboxDataset dataset) {
		String id = dataset.id();
		execute("delete from SandboxImport i where i.datasetId = ?1"
				+ " or i.reportId in (select r.id from SandboxReport r where r.datasetId = ?1)", id);
		execute("delete from SandboxReport r where r.datasetId = ?1", id);
		execute("delete from SandboxRow r where r.datasetId = ?1", id);
		execute("delete from SandboxTableRowCount c where c.key.datasetId = ?1", id);
		execute("delete from SandboxDataset d where d.id = ?1", id);
	}

	private void execute(String jpql, String datasetId) {
		this.entityManager.createQuery(jpql).setParameter(1, datasetId).executeUpdate();
	}

}
