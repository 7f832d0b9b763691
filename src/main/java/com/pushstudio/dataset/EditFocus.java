package com.pushstudio.dataset;

/**
 * Which control a person carries on with after a row edit, by its element id: the new
 * row's name after Add, the neighbouring row after Remove (or the Add button when none is
 * left), the moved row after Move. The page marks it {@code autofocus}, which both a full
 * page load and htmx's in-place swap honour, so keyboard and screen-reader users are not
 * thrown back to the top of the form.
 */
final class EditFocus {

	private EditFocus() {
	}

	/** In the designer, where a table's fields are {@code tables-N-...}. */
	static String after(FormAction action, DatasetForm form) {
		int row = action.row(0);
		int tables = form.getTables().size();
		int relationships = form.getRelationships().size();
		return switch (action.verb()) {
			case "add-table" -> "tables-" + (tables - 1) + "-name";
			case "remove-table" -> (tables == 0) ? "add-table" : "tables-" + Math.min(row, tables - 1) + "-name";
			case "add-relationship" -> "relationships-" + (relationships - 1) + "-name";
			case "remove-relationship" -> (relationships == 0) ? "add-relationship"
					: "relationships-" + Math.min(row, relationships - 1) + "-name";
			default -> (row >= 0 && row < tables)
					? after(action.verb(), action.row(1), form.getTables().get(row), "tables-" + row + "-") : null;
		};
	}

	/**
	 * Within one table's rows; {@code prefix} is the table's id prefix ({@code ""} on the
	 * schema change page).
	 */
	static String after(String verb, int row, TableForm table, String prefix) {
		int columns = table.getColumns().size();
		int measures = table.getMeasures().size();
		return switch (verb) {
			case "add-column" -> prefix + "columns-" + (columns - 1) + "-name";
			case "remove-column" ->
				(columns == 0) ? prefix + "add-column" : prefix + "columns-" + Math.min(row, columns - 1) + "-name";
			case "up-column" -> moved(prefix, row - 1, columns, "up", row - 1 > 0);
			case "down-column" -> moved(prefix, row + 1, columns, "down", row + 1 < columns - 1);
			case "add-measure" -> prefix + "measures-" + (measures - 1) + "-name";
			case "remove-measure" ->
				(measures == 0) ? prefix + "add-measure" : prefix + "measures-" + Math.min(row, measures - 1) + "-name";
			default -> null;
		};
	}

	/**
	 * The moved row's same Move button, so pressing it again moves the row on; its name
	 * once the row cannot move that way any more (the button is disabled).
	 */
	private static String moved(String prefix, int to, int columns, String direction, boolean canMoveOn) {
		if (to < 0 || to >= columns) {
			return null;
		}
		return prefix + "columns-" + to + (canMoveOn ? "-" + direction : "-name");
	}

}
