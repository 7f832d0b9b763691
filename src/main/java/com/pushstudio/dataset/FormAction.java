package com.pushstudio.dataset;

import java.util.Arrays;
import java.util.List;

/**
 * Which button submitted a designer form, as its value says: a verb and the row numbers
 * it applies to, e.g. {@code remove-column:0:2} (table 0, column 2). The whole form comes
 * along, so an edit never loses what was typed.
 */
record FormAction(String verb, List<Integer> rows) {

	static FormAction parse(String value) {
		if (value == null || value.isBlank()) {
			return new FormAction("refresh", List.of());
		}
		String[] parts = value.split(":");
		try {
			List<Integer> rows = Arrays.stream(parts).skip(1).map(Integer::valueOf).toList();
			return new FormAction(parts[0], rows);
		}
		catch (NumberFormatException ex) {
			return new FormAction("refresh", List.of());
		}
	}

	int row(int position) {
		return (this.rows.size() > position) ? this.rows.get(position) : -1;
	}

	boolean is(String verb) {
		return this.verb.equals(verb);
	}

}
