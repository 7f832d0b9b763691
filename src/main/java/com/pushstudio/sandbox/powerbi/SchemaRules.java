package com.pushstudio.sandbox.powerbi;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Checks a dataset schema against the swagger's name patterns and the documented limits
 * (75 tables, 75 columns per table, 75 relationships), answering 400 as Power BI does.
 * Names are unique ignoring case, because the model behind a push dataset is an Analysis
 * Services model, whose object names are case-insensitive ({@code Sales} and
 * {@code sales} are one name): tables in a dataset, columns in a table, measures in the
 * dataset, a measure apart from its table's columns, relationships in a dataset. The
 * designer's checks ({@code dataset.SchemaRules}) are the same; one table of cases
 * ({@code src/test/resources/schema/name-cases.csv}) holds both to it.
 */
@Component
class SchemaRules {

	/**
	 * Swagger's Table/Relationship name pattern, with its {@code \\u10000} written for
	 * Java.
	 */
	static final Pattern TABLE_NAME = Pattern.compile(
			"[\\x09\\x0A\\x0D\\x20\\x23\\x2D\\x30-\\x39\\x40-\\x5A\\x5E-\\x5F\\x61-\\x7A\\x7E-\\uD7FF\\uE000-\\uFFFD"
					+ "\\x{10000}-\\x{10FFFF}]{1,100}");

	/** Swagger's Column/Measure name pattern: no control characters but tab, CR, LF. */
	static final Pattern COLUMN_NAME = Pattern
		.compile("[\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]+");

	private final SandboxPowerBiProperties.Limits limits;

	SchemaRules(SandboxPowerBiProperties properties) {
		this.limits = properties.limits();
	}

	void checkDataset(PushSchema.Dataset dataset) {
		if (dataset.name() == null || dataset.name().isBlank()) {
			throw PowerBiApiException.badRequest("The dataset needs a name.", "dataset.name");
		}
		if (dataset.tables() == null || dataset.tables().isEmpty()) {
			throw PowerBiApiException.badRequest("The dataset needs at least one table.", "dataset.tables");
		}
		check(dataset.model());
	}

	void check(PushSchema.Model model) {
		List<PushSchema.Table> tables = model.tables();
		require(tables.size() <= this.limits.tables(),
				"A dataset has at most " + this.limits.tables() + " tables; this one has " + tables.size() + ".",
				"tables");
		Set<String> names = new HashSet<>();
		Set<String> measures = new HashSet<>();
		for (PushSchema.Table table : tables) {
			checkTable(table);
			require(names.add(key(table.name())), "The table name '" + table.name() + "' is used twice.", "tables");
			for (PushSchema.Measure measure : (table.measures() != null) ? table.measures()
					: List.<PushSchema.Measure>of()) {
				require(measures.add(key(measure.name())),
						"The measure name '" + measure.name() + "' is used twice in the dataset.", table.name());
			}
		}
		List<PushSchema.Relationship> relationships = model.relationships();
		require(relationships.size() <= this.limits.relationships(),
				"A dataset has at most " + this.limits.relationships() + " relationships.", "relationships");
		Set<String> relationshipNames = new HashSet<>();
		for (PushSchema.Relationship relationship : relationships) {
			checkRelationship(model, relationship);
			require(relationshipNames.add(key(relationship.name())),
					"The relationship name '" + relationship.name() + "' is used twice.", "relationships");
		}
	}

	void checkTable(PushSchema.Table table) {
		require(table.name() != null && TABLE_NAME.matcher(table.name()).matches(), "The table name '" + table.name()
				+ "' is not valid: 1 to 100 characters, no punctuation but space # - @ ^ _ ~.", "table.name");
		require(table.columns() != null && !table.columns().isEmpty(),
				"The table '" + table.name() + "' needs at least one column.", table.name());
		require(table.columns().size() <= this.limits.columnsPerTable(),
				"A table has at most " + this.limits.columnsPerTable() + " columns; '" + table.name() + "' has "
						+ table.columns().size() + ".",
				table.name());
		Set<String> names = new HashSet<>();
		for (PushSchema.Column column : table.columns()) {
			String target = table.name() + "." + column.name();
			require(column.name() != null && COLUMN_NAME.matcher(column.name()).matches(),
					"The column name '" + column.name() + "' is not valid.", target);
			require(ColumnType.of(column.dataType()).isPresent(), "The data type '" + column.dataType()
					+ "' is not one of Int64, Double, Decimal, Boolean, DateTime, String.", target);
			require(names.add(key(column.name())), "The column name '" + column.name() + "' is used twice.", target);
		}
		if (table.measures() != null) {
			for (PushSchema.Measure measure : table.measures()) {
				require(measure.name() != null && COLUMN_NAME.matcher(measure.name()).matches()
						&& measure.expression() != null && !measure.expression().isBlank(),
						"A measure needs a valid name and an expression.", table.name());
				require(!names.contains(key(measure.name())), "The measure name '" + measure.name()
						+ "' is already a column of the table '" + table.name() + "'.", table.name());
			}
		}
	}

	private void checkRelationship(PushSchema.Model model, PushSchema.Relationship relationship) {
		String target = "relationships." + relationship.name();
		require(relationship.name() != null && TABLE_NAME.matcher(relationship.name()).matches(),
				"The relationship name '" + relationship.name() + "' is not valid.", target);
		require(hasColumn(model, relationship.fromTable(), relationship.fromColumn())
				&& hasColumn(model, relationship.toTable(), relationship.toColumn()),
				"The relationship '" + relationship.name() + "' refers to a table or column that does not exist.",
				target);
	}

	/** A relationship names its ends as DAX does: ignoring case. */
	private static boolean hasColumn(PushSchema.Model model, String table, String column) {
		return table != null && column != null
				&& model.tables()
					.stream()
					.filter((candidate) -> key(candidate.name()).equals(key(table)))
					.flatMap((found) -> found.columns().stream())
					.anyMatch((candidate) -> key(candidate.name()).equals(key(column)));
	}

	/** The same case folding as the designer's. */
	private static String key(String name) {
		return (name != null) ? name.toLowerCase(Locale.ROOT) : "";
	}

	private static void require(boolean condition, String message, String target) {
		if (!condition) {
			throw PowerBiApiException.badRequest(message, target);
		}
	}

}
