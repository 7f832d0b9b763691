package com.pushstudio.sandbox.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.pushstudio.sandbox.graph.GraphModel.Column;

/**
 * The columns of the sandbox's lists, each with the one type facet Graph's
 * "columnDefinition resource type" gives it, as "List columnDefinitions in a list" shows
 * them. Every list has SharePoint's built-in Title column.
 */
final class ListShapes {

	static final List<String> STATUSES = List.of("Not started", "In progress", "Done", "On hold");

	/** Which of the project list's columns a list leaves out or types otherwise. */
	enum Variant {

		PROJECT, WITHOUT_HOURS, HOURS_AS_TEXT

	}

	private ListShapes() {
	}

	static List<Column> project(Variant variant, String clientsListId, String seed) {
		List<Column> columns = new ArrayList<>();
		columns.add(title(seed));
		columns.add(column(seed, "Status", """
				{"choice":{"allowTextEntry":false,"choices":["Not started","In progress","Done","On hold"],\
				"displayAs":"dropDownMenu"}}"""));
		if (variant == Variant.PROJECT) {
			columns
				.add(column(seed, "Hours", "{\"number\":{\"decimalPlaces\":\"automatic\",\"displayAs\":\"number\"}}"));
		}
		else if (variant == Variant.HOURS_AS_TEXT) {
			columns.add(column(seed, "Hours", text()));
		}
		columns.add(column(seed, "Budget", "{\"currency\":{\"locale\":\"en-us\"}}"));
		columns.add(column(seed, "Billable", "{\"boolean\":{}}"));
		columns.add(column(seed, "Due", "{\"dateTime\":{\"displayAs\":\"default\",\"format\":\"dateOnly\"}}"));
		columns.add(column(seed, "Logged", "{\"dateTime\":{\"displayAs\":\"default\",\"format\":\"dateTime\"}}"));
		columns.add(column(seed, "Owner", """
				{"personOrGroup":{"allowMultipleSelection":false,"chooseFromType":"peopleOnly",\
				"displayAs":"nameWithPresence"}}"""));
		columns.add(column(seed, "Client", "{\"lookup\":{\"allowMultipleValues\":false,\"allowUnlimitedLength\":false,"
				+ "\"columnName\":\"Title\",\"listId\":\"" + clientsListId + "\"}}"));
		return columns;
	}

	/** The hidden "User Information List" behind person columns: Title and EMail. */
	static List<Column> people(String seed) {
		return List.of(title(seed), column(seed, "EMail", text()));
	}

	static List<Column> titleOnly(String seed) {
		return List.of(title(seed));
	}

	private static Column title(String seed) {
		return column(seed, "Title", text());
	}

	private static String text() {
		return "{\"text\":{\"allowMultipleLines\":false,\"appendChangesToExistingText\":false,"
				+ "\"linesForEditing\":0,\"maxLength\":255}}";
	}

	/** Ids stable per list, so a list's columns keep their ids across restarts. */
	private static Column column(String seed, String name, String facet) {
		return new Column(UUID.nameUUIDFromBytes((seed + "/" + name).getBytes()).toString(), name, name, false, false,
				facet);
	}

}
