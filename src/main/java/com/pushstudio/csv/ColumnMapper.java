package com.pushstudio.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.pushstudio.csv.ColumnMapping.MappedColumn;

/**
 * Proposes a mapping from CSV headers to table columns by name, ignoring case, spaces,
 * underscores and hyphens ("Order Date" ↔ "order_date" ↔ "OrderDate"); the user can
 * override any pair by hand.
 */
public final class ColumnMapper {

	private ColumnMapper() {
	}

	/** Matches by normalized name. */
	public static ColumnMapping propose(List<String> headers, List<TableColumn> table) {
		return map(headers, table, Map.of());
	}

	/**
	 * Matches by normalized name, except for the CSV headers in {@code overrides}: each
	 * is sent to the table column named by its value, or not sent when the value is
	 * {@code null} or blank.
	 */
	public static ColumnMapping map(List<String> headers, List<TableColumn> table, Map<String, String> overrides) {
		Map<String, TableColumn> tableByKey = new LinkedHashMap<>();
		for (TableColumn column : table) {
			tableByKey.putIfAbsent(key(column.name()), column);
		}
		Map<String, Integer> csvIndexByTableName = new HashMap<>();
		List<String> unmatchedCsv = new ArrayList<>();
		for (int i = 0; i < headers.size(); i++) {
			String header = headers.get(i);
			TableColumn target;
			if (overrides.containsKey(header)) {
				String name = overrides.get(header);
				target = (name == null || name.isBlank()) ? null : byExactName(table, name);
			}
			else {
				target = tableByKey.get(key(header));
			}
			if (target == null || csvIndexByTableName.putIfAbsent(target.name(), i) != null) {
				unmatchedCsv.add(header);
			}
		}
		List<MappedColumn> mapped = new ArrayList<>();
		List<TableColumn> unmatchedTable = new ArrayList<>();
		for (TableColumn column : table) {
			Integer index = csvIndexByTableName.get(column.name());
			if (index != null) {
				mapped.add(new MappedColumn(index, headers.get(index), column));
			}
			else {
				unmatchedTable.add(column);
			}
		}
		return new ColumnMapping(headers, mapped, unmatchedCsv, unmatchedTable);
	}

	/** Without a header row, columns are mapped by position. */
	public static ColumnMapping byPosition(int csvColumnCount, List<TableColumn> table) {
		List<String> headers = new ArrayList<>();
		for (int i = 0; i < csvColumnCount; i++) {
			headers.add("Column" + (i + 1));
		}
		List<MappedColumn> mapped = new ArrayList<>();
		for (int i = 0; i < Math.min(csvColumnCount, table.size()); i++) {
			mapped.add(new MappedColumn(i, headers.get(i), table.get(i)));
		}
		return new ColumnMapping(headers, mapped, headers.subList(mapped.size(), csvColumnCount),
				table.subList(mapped.size(), table.size()));
	}

	private static TableColumn byExactName(List<TableColumn> table, String name) {
		return table.stream()
			.filter((column) -> column.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No table column named '" + name + "'"));
	}

	static String key(String name) {
		StringBuilder key = new StringBuilder(name.length());
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (!Character.isWhitespace(c) && c != '_' && c != '-' && c != '\uFEFF') {
				key.append(c);
			}
		}
		return key.toString().toLowerCase(Locale.ROOT);
	}

}
