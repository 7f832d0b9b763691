package com.pushstudio.sandbox.graph;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code expand=fields} asks of list items ("List items", "Get listItem"): no
 * fields, every field, or only those of {@code fields(select=A,B)} (also written
 * {@code fields($select=A,B)}). Unknown names are simply absent from the answer.
 */
record FieldSelection(boolean expanded, Set<String> names) {

	private static final Pattern EXPAND = Pattern.compile("fields(?:\\(\\$?select=([^()]*)\\))?");

	static FieldSelection of(String expand) {
		if (expand == null || expand.isBlank()) {
			return new FieldSelection(false, null);
		}
		Matcher matcher = EXPAND.matcher(expand.trim());
		if (!matcher.matches()) {
			throw GraphApiException
				.invalidRequest("Parsing OData Select and Expand failed: only fields can be expanded.");
		}
		if (matcher.group(1) == null) {
			return new FieldSelection(true, null);
		}
		Set<String> names = new LinkedHashSet<>();
		for (String name : matcher.group(1).split(",")) {
			if (!name.isBlank()) {
				names.add(name.trim());
			}
		}
		return new FieldSelection(true, names);
	}

	Map<String, Object> apply(Map<String, Object> fields) {
		if (this.names == null) {
			return fields;
		}
		Map<String, Object> selected = new LinkedHashMap<>();
		fields.forEach((name, value) -> {
			if (this.names.contains(name)) {
				selected.put(name, value);
			}
		});
		return selected;
	}

}
