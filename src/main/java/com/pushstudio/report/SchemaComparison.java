package com.pushstudio.report;

import java.util.ArrayList;
import java.util.List;

import com.pushstudio.powerbi.DataType;
import com.pushstudio.report.DatasetSchema.SchemaColumn;
import com.pushstudio.report.DatasetSchema.SchemaTable;

/**
 * What a template report's visuals may miss on a target dataset: the template's tables
 * and columns that the target lacks, by name, and columns whose type differs. Extra
 * tables or columns on the target harm no visual and are not reported.
 */
record SchemaComparison(List<String> missingTables, List<ColumnRef> missingColumns, List<TypeMismatch> typeMismatches,
		List<String> tablesWithUnknownColumns) {

	static SchemaComparison compare(DatasetSchema template, DatasetSchema target) {
		List<String> missingTables = new ArrayList<>();
		List<ColumnRef> missingColumns = new ArrayList<>();
		List<TypeMismatch> mismatches = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (SchemaTable wanted : template.tables()) {
			SchemaTable found = target.table(wanted.name()).orElse(null);
			if (found == null) {
				missingTables.add(wanted.name());
			}
			else if (!wanted.columnsKnown() || !found.columnsKnown()) {
				unknown.add(wanted.name());
			}
			else {
				for (SchemaColumn column : wanted.columns()) {
					SchemaColumn match = found.column(column.name()).orElse(null);
					if (match == null) {
						missingColumns.add(new ColumnRef(wanted.name(), column.name()));
					}
					else if (column.type() != null && match.type() != null && column.type() != match.type()) {
						mismatches.add(new TypeMismatch(wanted.name(), column.name(), column.type(), match.type()));
					}
				}
			}
		}
		return new SchemaComparison(List.copyOf(missingTables), List.copyOf(missingColumns), List.copyOf(mismatches),
				List.copyOf(unknown));
	}

	/** Whether every table and column the template uses is on the target, typed alike. */
	boolean matches() {
		return this.missingTables.isEmpty() && this.missingColumns.isEmpty() && this.typeMismatches.isEmpty();
	}

	record ColumnRef(String table, String column) {

		@Override
		public String toString() {
			return this.table + "[" + this.column + "]";
		}

	}

	record TypeMismatch(String table, String column, DataType templateType, DataType targetType) {

		@Override
		public String toString() {
			return this.table + "[" + this.column + "]: " + this.templateType.jsonName() + " \u2192 "
					+ this.targetType.jsonName();
		}

	}

}
