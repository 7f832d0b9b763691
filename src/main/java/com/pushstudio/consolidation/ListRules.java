package com.pushstudio.consolidation;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.pushstudio.graph.ListColumn;
import com.pushstudio.graph.SharePointList;

/** Which lists of a site a rule takes. */
final class ListRules {

	private ListRules() {
	}

	/**
	 * A list of rows people see. A list whose template Graph does not tell is taken: its
	 * columns decide.
	 */
	static boolean isRowList(SharePointList list) {
		return !list.hidden() && (list.template() == null || "genericList".equalsIgnoreCase(list.template()));
	}

	/**
	 * @param columns the list's columns, asked for only by a rule that needs them
	 */
	static boolean matches(ListRule rule, SharePointList list, Supplier<List<ListColumn>> columns) {
		if (!isRowList(list)) {
			return false;
		}
		return switch (rule.kind()) {
			case PICKED -> rule.listIds().contains(list.id());
			case NAME_PATTERN -> rule.namePattern() != null && !rule.namePattern().isBlank()
					&& glob(rule.namePattern()).matcher(list.title()).matches();
			case HAS_COLUMNS -> !rule.columns().isEmpty() && hasAll(columns.get(), rule.columns());
		};
	}

	static Pattern glob(String pattern) {
		StringBuilder regex = new StringBuilder();
		for (String part : pattern.trim().split("((?<=[*?])|(?=[*?]))")) {
			switch (part) {
				case "*" -> regex.append(".*");
				case "?" -> regex.append('.');
				default -> regex.append(Pattern.quote(part));
			}
		}
		return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
	}

	private static boolean hasAll(List<ListColumn> columns, List<String> names) {
		return names.stream()
			.allMatch((name) -> name.isBlank() || ListFit.find(columns, name.trim().toLowerCase(Locale.ROOT)) != null);
	}

}
