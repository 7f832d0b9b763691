package com.pushstudio.dataset;

import java.time.Instant;
import java.util.List;

import com.pushstudio.powerbi.Column;
import com.pushstudio.powerbi.Measure;
import com.pushstudio.powerbi.Relationship;

/**
 * A dataset page: its tables as Power BI answers them now, and the designed
 * relationships.
 */
public record DatasetDetails(String id, String name, String workspace, Instant createdAt, List<TableDetails> tables,
		List<Relationship> relationships) {

	/**
	 * A table with its row count, {@code null} when Power BI would not count.
	 */
	public record TableDetails(String name, List<Column> columns, List<Measure> measures, Long rowCount) {

	}

}
