package com.pushstudio.powerbi;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A table of a push dataset, as Post Dataset and Put Table take it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Table(String name, List<Column> columns, List<Measure> measures,
		@JsonProperty("isHidden") Boolean isHidden, String description) {

	public static Table of(String name, List<Column> columns) {
		return new Table(name, columns, null, null, null);
	}

	public Table withMeasures(List<Measure> measures) {
		return new Table(this.name, this.columns, measures, this.isHidden, this.description);
	}

}
