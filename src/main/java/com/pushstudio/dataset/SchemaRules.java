package com.pushstudio.dataset;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.pushstudio.powerbi.DataType;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Power BI's rules for a push dataset (swagger patterns and the documented limits),
 * checked before anything is sent, each failure on the field it is about. Named apart
 * from the sandbox's own SchemaRules bean.
 */
@Component("datasetSchemaRules")
class SchemaRules implements Validator {

	static final int MAX_TABLES = 75;

	static final int MAX_COLUMNS = 75;

	static final int MAX_RELATIONSHIPS = 75;

	/** The app's record keeps names up to this length. */
	static final int MAX_DATASET_NAME = 255;

	/**
	 * Table and relationship names (swagger): 1–100 characters; of ASCII punctuation only
	 * space # - @ ^ _ ~.
	 */
	static final Pattern TABLE_NAME = Pattern
		.compile("[\\t\\n\\r #\\-0-9@-Z^_a-z~-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]{1,100}");

	/** Column names (swagger): no control characters but tab, CR and LF. */
	static final Pattern COLUMN_NAME = Pattern
		.compile("[\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]+");

	@Override
	public boolean supports(Class<?> type) {
		return DatasetForm.class.isAssignableFrom(type) || TableForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		if (target instanceof TableForm table) {
			validateTable(table, errors);
			unique(table.getMeasures(), MeasureForm::getName, "measures", "name", errors);
			return;
		}
		DatasetForm form = (DatasetForm) target;
		if (form.getName() == null || form.getName().isBlank()) {
			errors.rejectValue("name", "schema.required");
		}
		else if (form.getName().length() > MAX_DATASET_NAME) {
			errors.rejectValue("name", "schema.datasetName.tooLong", new Object[] { MAX_DATASET_NAME }, null);
		}
		List<TableForm> tables = form.getTables();
		if (tables.isEmpty()) {
			errors.rejectValue("tables", "schema.tables.none");
		}
		limit(tables, MAX_TABLES, "tables", errors);
		for (int t = 0; t < tables.size(); t++) {
			errors.pushNestedPath("tables[" + t + "]");
			name(tables.get(t).getName(), TABLE_NAME, "name", "schema.tableName.invalid", errors);
			validateTable(tables.get(t), errors);
			errors.popNestedPath();
		}
		unique(tables, TableForm::getName, "tables", "name", errors);
		measuresUniqueInDataset(tables, errors);
		List<RelationshipForm> relationships = form.getRelationships();
		limit(relationships, MAX_RELATIONSHIPS, "relationships", errors);
		for (int r = 0; r < relationships.size(); r++) {
			errors.pushNestedPath("relationships[" + r + "]");
			relationship(relationships.get(r), tables, errors);
			errors.popNestedPath();
		}
		unique(relationships, RelationshipForm::getName, "relationships", "name", errors);
	}

	/** The rules of one table's columns and measures, also for Put Table. */
	void validateTable(TableForm table, Errors errors) {
		List<ColumnForm> columns = table.getColumns();
		if (columns.isEmpty()) {
			errors.rejectValue("columns", "schema.columns.none");
		}
		limit(columns, MAX_COLUMNS, "columns", errors);
		for (int c = 0; c < columns.size(); c++) {
			ColumnForm column = columns.get(c);
			name(column.getName(), COLUMN_NAME, "columns[" + c + "].name", "schema.columnName.invalid", errors);
			if (column.getDataType() == null) {
				errors.rejectValue("columns[" + c + "].dataType", "schema.required");
			}
		}
		unique(columns, ColumnForm::getName, "columns", "name", errors);
		List<MeasureForm> measures = table.getMeasures();
		Set<String> columnNames = new HashSet<>(columns.stream().map((column) -> key(column.getName())).toList());
		for (int m = 0; m < measures.size(); m++) {
			MeasureForm measure = measures.get(m);
			String path = "measures[" + m + "].";
			name(measure.getName(), COLUMN_NAME, path + "name", "schema.measureName.invalid", errors);
			if (measure.getName() != null && columnNames.contains(key(measure.getName()))) {
				errors.rejectValue(path + "name", "schema.measureName.isColumn");
			}
			if (measure.getExpression() == null || measure.getExpression().isBlank()) {
				errors.rejectValue(path + "expression", "schema.required");
			}
		}
	}

	private void relationship(RelationshipForm relationship, List<TableForm> tables, Errors errors) {
		name(relationship.getName(), TABLE_NAME, "name", "schema.relationshipName.invalid", errors);
		DataType from = end(relationship.getFromTable(), relationship.getFromColumn(), "from", tables, errors);
		DataType to = end(relationship.getToTable(), relationship.getToColumn(), "to", tables, errors);
		if (relationship.getFromTable() != null
				&& key(relationship.getFromTable()).equals(key(relationship.getToTable()))) {
			errors.rejectValue("toTable", "schema.relationship.sameTable");
		}
		if (from != null && to != null && from != to) {
			errors.rejectValue("toColumn", "schema.relationship.typesDiffer",
					new Object[] { from.jsonName(), to.jsonName() }, null);
		}
	}

	/** The type of a relationship's end, or {@code null} when it does not exist. */
	private DataType end(String tableName, String columnName, String side, List<TableForm> tables, Errors errors) {
		TableForm table = tables.stream()
			.filter((candidate) -> key(candidate.getName()).equals(key(tableName)))
			.findFirst()
			.orElse(null);
		if (table == null) {
			errors.rejectValue(side + "Table", "schema.relationship.noTable", new Object[] { tableName }, null);
			return null;
		}
		return table.getColumns()
			.stream()
			.filter((column) -> key(column.getName()).equals(key(columnName)))
			.findFirst()
			.map(ColumnForm::getDataType)
			.orElseGet(() -> {
				errors.rejectValue(side + "Column", "schema.relationship.noColumn",
						new Object[] { columnName, table.getName() }, null);
				return null;
			});
	}

	/** Measure names must be unique in the whole model, not only in their table. */
	private void measuresUniqueInDataset(List<TableForm> tables, Errors errors) {
		Map<String, String> seen = new HashMap<>();
		for (int t = 0; t < tables.size(); t++) {
			List<MeasureForm> measures = tables.get(t).getMeasures();
			for (int m = 0; m < measures.size(); m++) {
				String name = measures.get(m).getName();
				if (name != null && !name.isEmpty() && seen.putIfAbsent(key(name), name) != null) {
					errors.rejectValue("tables[" + t + "].measures[" + m + "].name", "schema.duplicate",
							new Object[] { name }, null);
				}
			}
		}
	}

	private static void name(String value, Pattern pattern, String field, String code, Errors errors) {
		if (value == null || value.isEmpty()) {
			errors.rejectValue(field, "schema.required");
		}
		else if (!pattern.matcher(value).matches()) {
			errors.rejectValue(field, code);
		}
	}

	private static void limit(List<?> rows, int max, String field, Errors errors) {
		if (rows.size() > max) {
			errors.rejectValue(field, "schema.tooMany", new Object[] { max }, null);
		}
	}

	/**
	 * Flags the second and later rows whose name equals an earlier one, ignoring case.
	 */
	private static <T> void unique(List<T> rows, Function<T, String> name, String list, String field, Errors errors) {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < rows.size(); i++) {
			String value = name.apply(rows.get(i));
			if (value != null && !value.isEmpty() && !seen.add(key(value))) {
				errors.rejectValue(list + "[" + i + "]." + field, "schema.duplicate", new Object[] { value }, null);
			}
		}
	}

	private static String key(String name) {
		return (name != null) ? name.toLowerCase(Locale.ROOT) : "";
	}

}
