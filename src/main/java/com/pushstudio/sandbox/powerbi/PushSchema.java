package com.pushstudio.sandbox.powerbi;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

/**
 * Power BI's dataset schema JSON (swagger {@code CreateDatasetRequest}, {@code Table},
 * {@code Column}, {@code Measure}, {@code Relationship}). The simple names match Power
 * BI's type names, which its "property does not exist on type" message quotes.
 */
final class PushSchema {

	private PushSchema() {
	}

	/** The Post Dataset body. */
	record Dataset(String name, String defaultMode, List<Table> tables, List<Relationship> relationships,
			List<JsonNode> datasources) {

		Model model() {
			return new Model(this.tables, (this.relationships != null) ? this.relationships : List.of());
		}

	}

	/** What is stored per dataset. */
	record Model(List<Table> tables, List<Relationship> relationships) {

		Optional<Table> table(String name) {
			return this.tables.stream().filter((table) -> table.name().equals(name)).findFirst();
		}

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Table(String name, List<Column> columns, List<Measure> measures, @JsonProperty("isHidden") Boolean isHidden,
			String description) {

		Optional<Column> column(String name) {
			return this.columns.stream().filter((column) -> column.name().equals(name)).findFirst();
		}

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Column(String name, String dataType, String formatString, String sortByColumn, String dataCategory,
			@JsonProperty("isHidden") Boolean isHidden, String summarizeBy) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Measure(String name, String expression, String formatString, String description,
			@JsonProperty("isHidden") Boolean isHidden) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Relationship(String name, String crossFilteringBehavior, String fromTable, String fromColumn, String toTable,
			String toColumn) {
	}

}
