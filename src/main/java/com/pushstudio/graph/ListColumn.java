package com.pushstudio.graph;

/**
 * A column of a list, from Graph's {@code columnDefinition}.
 *
 * @param name the API name, the key of the column in an item's {@code fields}
 * @param displayName the name people see, may be null
 * @param kind what it holds
 * @param dateOnly for {@link ColumnKind#DATE_TIME}: {@code dateTime.format} is
 * {@code dateOnly}
 * @param multiple more than one value allowed ({@code choice} with multiple selection,
 * {@code personOrGroup.allowMultipleSelection}, {@code lookup.allowMultipleValues})
 * @param lookupListId for {@link ColumnKind#LOOKUP}: the list it looks up
 * ({@code lookup.listId}), else null
 * @param lookupColumnName for {@link ColumnKind#LOOKUP}: the column of that list it shows
 * ({@code lookup.columnName}), else null
 * @param readOnly {@code readOnly}
 * @param hidden {@code hidden}
 */
public record ListColumn(String name, String displayName, ColumnKind kind, boolean dateOnly, boolean multiple,
		String lookupListId, String lookupColumnName, boolean readOnly, boolean hidden) {

	/** What to call the column on a page and match table columns by: its display name. */
	public String title() {
		return (displayName != null && !displayName.isBlank()) ? displayName : name;
	}

}
