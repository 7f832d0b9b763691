package com.pushstudio.consolidation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.pushstudio.graph.ListColumn;
import com.pushstudio.powerbi.Column;
import com.pushstudio.powerbi.DataType;

/**
 * Whether a list's columns fit the table: every table column, but those that take the
 * list's name or address, finds a list column by title or API name (case-insensitive)
 * whose values convert to the column's type. List columns the table lacks are ignored.
 *
 * @param mapping one entry per table column, in the table's order, when it fits
 * @param reason why it does not fit, or null
 */
record ListFit(List<Mapped> mapping, String reason) {

	/** Where a table column's value comes from. */
	enum From {

		FIELD, LIST_NAME, LIST_URL

	}

	/** A table column and what fills it; {@code column} only for {@link From#FIELD}. */
	record Mapped(String tableColumn, DataType type, From from, ListColumn column) {
	}

	boolean fits() {
		return this.reason == null;
	}

	/** The fields an item's read asks for: only the mapped ones. */
	List<String> fields() {
		Set<String> fields = new LinkedHashSet<>();
		for (Mapped mapped : this.mapping) {
			if (mapped.from() == From.FIELD) {
				fields.add(SharePointValues.fieldName(mapped.column()));
			}
		}
		return List.copyOf(fields);
	}

	static ListFit check(List<Column> tableColumns, List<ListColumn> listColumns, String listNameColumn,
			String listUrlColumn) {
		List<Mapped> mapping = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		List<String> wrong = new ArrayList<>();
		for (Column table : tableColumns) {
			if (table.dataType() == null) {
				continue;
			}
			if (table.name().equalsIgnoreCase(listNameColumn)) {
				mapping.add(new Mapped(table.name(), table.dataType(), From.LIST_NAME, null));
				continue;
			}
			if (table.name().equalsIgnoreCase(listUrlColumn)) {
				mapping.add(new Mapped(table.name(), table.dataType(), From.LIST_URL, null));
				continue;
			}
			ListColumn column = find(listColumns, table.name());
			if (column == null) {
				missing.add(table.name());
			}
			else if (column.multiple() && (column.kind() == com.pushstudio.graph.ColumnKind.PERSON
					|| column.kind() == com.pushstudio.graph.ColumnKind.LOOKUP)) {
				wrong.add(column.title() + " allows several people or items, which one cell cannot hold");
			}
			else if (!SharePointValues.targets(column.kind()).contains(table.dataType())) {
				wrong.add(column.title() + " holds " + kindName(column) + ", which does not convert to "
						+ table.dataType().jsonName());
			}
			else {
				mapping.add(new Mapped(table.name(), table.dataType(), From.FIELD, column));
			}
		}
		List<String> reasons = new ArrayList<>();
		if (!missing.isEmpty()) {
			reasons.add("no column for " + String.join(", ", missing));
		}
		reasons.addAll(wrong);
		return reasons.isEmpty() ? new ListFit(mapping, null) : new ListFit(List.of(), String.join("; ", reasons));
	}

	/** By title first, then API name: a title is what people typed the table after. */
	static ListColumn find(List<ListColumn> columns, String name) {
		for (ListColumn column : columns) {
			if (column.title().equalsIgnoreCase(name)) {
				return column;
			}
		}
		for (ListColumn column : columns) {
			if (column.name() != null && column.name().equalsIgnoreCase(name)) {
				return column;
			}
		}
		return null;
	}

	private static String kindName(ListColumn column) {
		return column.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

}
