package com.pushstudio.consolidation;

import java.util.List;

/**
 * Which lists of a site feed a table: picked ones, or a rule that also catches lists
 * created later.
 *
 * @param kind how lists are chosen
 * @param listIds for {@link Kind#PICKED}: the chosen lists' ids
 * @param namePattern for {@link Kind#NAME_PATTERN}: a pattern of list titles where
 * {@code *} stands for any text and {@code ?} for one character, case-insensitive
 * @param columns for {@link Kind#HAS_COLUMNS}: every list that has all these columns (by
 * title)
 */
public record ListRule(Kind kind, List<String> listIds, String namePattern, List<String> columns) {

	public enum Kind {

		PICKED, NAME_PATTERN, HAS_COLUMNS

	}

	public ListRule {
		listIds = (listIds != null) ? List.copyOf(listIds) : List.of();
		columns = (columns != null) ? List.copyOf(columns) : List.of();
	}

}
