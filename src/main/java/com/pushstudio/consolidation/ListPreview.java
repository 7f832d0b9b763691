package com.pushstudio.consolidation;

import java.util.List;

/**
 * A list of the site as a draft source sees it: whether the rule takes it, whether its
 * columns fit the table and why not, and its first items as they would be sent.
 *
 * @param matched the rule takes this list
 * @param fits every table column finds a list column whose values convert
 * @param reason why it does not fit, or null
 * @param headers the table columns the rows below are shown in
 * @param firstRows the first few items, each value as it would be pushed (text)
 * @param problems values of those items that would not convert, as "item 7, column Hours:
 * ..."
 */
public record ListPreview(String listId, String title, String webUrl, boolean matched, boolean fits, String reason,
		List<String> headers, List<List<String>> firstRows, List<String> problems) {

	public ListPreview {
		headers = List.copyOf(headers);
		firstRows = firstRows.stream().map(List::copyOf).toList();
		problems = List.copyOf(problems);
	}

}
