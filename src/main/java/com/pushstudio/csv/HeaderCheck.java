package com.pushstudio.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What must hold of a header row before any column can be mapped by name. */
final class HeaderCheck {

	private HeaderCheck() {
	}

	/**
	 * Duplicate names, compared as the mapper compares them (ignoring case, spaces,
	 * underscores and hyphens), since two such columns could not be told apart.
	 */
	static List<CellError> problems(List<String> names, long line) {
		List<CellError> problems = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (int i = 0; i < names.size(); i++) {
			String key = ColumnMapper.key(names.get(i));
			if (key.isEmpty()) {
				continue;
			}
			Integer earlier = seen.putIfAbsent(key, i);
			if (earlier != null) {
				problems.add(CellError.ofCell(line, names.get(i), names.get(i), "is a duplicate column name: column "
						+ (i + 1) + " and column " + (earlier + 1) + " have the same name (ignoring case and spaces)"));
			}
		}
		return problems;
	}

	/** The header names, with the BOM stripped and blank names shown by position. */
	static List<String> names(CsvRow row) {
		List<String> names = new ArrayList<>(row.fieldCount);
		for (int i = 0; i < row.fieldCount; i++) {
			String name = row.field(i).strip();
			names.add(name.isEmpty() ? "(column " + (i + 1) + ")" : name);
		}
		return names;
	}

}
