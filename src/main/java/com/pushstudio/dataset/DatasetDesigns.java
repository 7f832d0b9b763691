package com.pushstudio.dataset;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** The designs of each user; every lookup names the owner. */
interface DatasetDesigns extends Repository<DatasetDesign, Long> {

	DatasetDesign save(DatasetDesign design);

	void delete(DatasetDesign design);

	Optional<DatasetDesign> findByOwnerAndDatasetId(String owner, String datasetId);

	List<DatasetDesign> findByOwnerOrderByCreatedAtDesc(String owner);

}
