package com.pushstudio.powerbi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A column of a push table. {@code dataType} reads back as {@code null} when Power BI
 * answers a type this application does not know.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Column(String name, DataType dataType, String formatString, String dataCategory,
		@JsonProperty("isHidden") Boolean isHidden, String summarizeBy, String sortByColumn) {

	public static Column of(String name, DataType dataType) {
		return new Column(name, dataType, null, null, null, null, null);
	}

	public Column withFormatString(String formatString) {
		return new Column(this.name, this.dataType, formatString, this.dataCategory, this.isHidden, this.summarizeBy,
				this.sortByColumn);
	}

}
