package com.pushstudio.consolidation;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.pushstudio.graph.ColumnKind;
import com.pushstudio.graph.ListColumn;
import com.pushstudio.powerbi.DataType;
import tools.jackson.databind.JsonNode;

/**
 * SharePoint values as the table's types, in the text the CSV reader reads back to the
 * same value (README, "SharePoint values"). Pure: person and lookup names come from a
 * {@link Names} the sync fills once per run.
 */
final class SharePointValues {

	static final int MAX_STRING_LENGTH = 4000;

	static final Instant MIN_INSTANT = Instant.parse("0001-01-01T00:00:00Z");

	static final Instant MAX_INSTANT = Instant.parse("9999-12-31T23:59:59.999Z");

	/** What the CSV reader writes for a date-time, and reads back unchanged. */
	static final DateTimeFormatter OUTPUT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private SharePointValues() {
	}

	/** The display texts of people and looked-up items; null when not known. */
	interface Names {

		String person(String lookupId);

		String lookup(String listId, String itemId);

	}

	/**
	 * A value as text for the file, or why it cannot be; both null for an empty value.
	 */
	record Cell(String text, String problem) {

		static final Cell EMPTY = new Cell(null, null);

		static Cell of(String text) {
			return new Cell(text, null);
		}

		static Cell problem(String problem) {
			return new Cell(null, problem);
		}

	}

	/** The table types each kind of column converts to. */
	static Set<DataType> targets(ColumnKind kind) {
		return switch (kind) {
			case TEXT, CHOICE, PERSON, LOOKUP -> EnumSet.of(DataType.STRING);
			case NUMBER, CURRENCY -> EnumSet.of(DataType.INT64, DataType.DOUBLE, DataType.DECIMAL);
			case BOOLEAN -> EnumSet.of(DataType.BOOLEAN, DataType.STRING);
			case DATE_TIME -> EnumSet.of(DataType.DATETIME);
			case CALCULATED, OTHER -> EnumSet.noneOf(DataType.class);
		};
	}

	/** The key of the column's value in an item's fields. */
	static String fieldName(ListColumn column) {
		return switch (column.kind()) {
			case PERSON, LOOKUP -> column.name() + "LookupId";
			default -> column.name();
		};
	}

	static Cell convert(JsonNode value, ListColumn column, DataType type, ZoneId siteZone, Names names) {
		if (value == null || value.isNull() || value.isMissingNode() || (value.isString() && value.asString().isEmpty())
				|| (value.isArray() && value.isEmpty())) {
			return Cell.EMPTY;
		}
		return switch (column.kind()) {
			case TEXT, CHOICE -> text(value);
			case NUMBER, CURRENCY -> number(value, type);
			case BOOLEAN -> bool(value);
			case DATE_TIME -> dateTime(value, column.dateOnly(), siteZone);
			case PERSON -> named(value, names.person(value.asString()), "no person with id");
			case LOOKUP -> named(value, names.lookup(column.lookupListId(), value.asString()), "no item with id");
			case CALCULATED, OTHER -> Cell.problem("is of a kind of column Push Studio does not read");
		};
	}

	private static Cell text(JsonNode value) {
		String text;
		if (value.isArray()) {
			List<String> parts = new ArrayList<>();
			value.forEach((part) -> parts.add(part.asString()));
			text = String.join("; ", parts);
		}
		else if (value.isValueNode()) {
			text = value.asString();
		}
		else {
			return Cell.problem("is not text");
		}
		return string(text);
	}

	private static Cell string(String text) {
		if (text.length() > MAX_STRING_LENGTH) {
			return Cell.problem(String.format(Locale.ROOT, "is %,d characters long; Power BI accepts at most 4,000",
					text.length()));
		}
		return text.isEmpty() ? Cell.EMPTY : Cell.of(text);
	}

	private static Cell number(JsonNode value, DataType type) {
		BigDecimal number;
		try {
			number = value.isNumber() ? value.decimalValue() : new BigDecimal(value.asString().trim());
		}
		catch (NumberFormatException ex) {
			return Cell.problem(quoted(value) + " is not a number");
		}
		return switch (type) {
			case INT64 -> int64(number, value);
			case DOUBLE -> dbl(number);
			case DECIMAL -> decimal(number);
			default -> Cell.problem("is a number, and column is not a number column");
		};
	}

	private static Cell int64(BigDecimal number, JsonNode value) {
		BigDecimal whole = number.stripTrailingZeros();
		if (whole.scale() > 0) {
			return Cell.problem(quoted(value) + " is not a whole number");
		}
		if (whole.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) <= 0
				|| whole.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) >= 0) {
			return Cell.problem(quoted(value) + " is out of range for Int64");
		}
		return Cell.of(Long.toString(whole.longValueExact()));
	}

	private static Cell dbl(BigDecimal number) {
		double value = number.doubleValue();
		if (Double.isInfinite(value) || Math.abs(value) == Double.MAX_VALUE) {
			return Cell.problem("is out of range for Double");
		}
		// Double.toString reads back to the same double, the CSV reader takes its
		// exponent form too.
		return Cell.of(Double.toString(value));
	}

	private static Cell decimal(BigDecimal number) {
		if ((long) number.precision() - number.scale() > 24) {
			return Cell.problem("is out of range for Decimal (at most 24 digits before the decimal point)");
		}
		BigDecimal value = number;
		if (value.scale() > 4) {
			if (value.stripTrailingZeros().scale() > 4) {
				return Cell.problem("has more than 4 decimal places, which Decimal cannot keep");
			}
			value = value.setScale(4);
		}
		else if (value.scale() < 0) {
			value = value.setScale(0);
		}
		return Cell.of(value.toPlainString());
	}

	private static Cell bool(JsonNode value) {
		if (value.isBoolean()) {
			return Cell.of(Boolean.toString(value.booleanValue()));
		}
		return Cell.problem(quoted(value) + " is not yes or no");
	}

	/**
	 * Graph sends date-times in UTC. A date-only column holds midnight in the site's
	 * zone: its date there is the value, pushed as midnight UTC so that the table shows
	 * that date.
	 */
	private static Cell dateTime(JsonNode value, boolean dateOnly, ZoneId siteZone) {
		Instant instant;
		try {
			instant = OffsetDateTime.parse(value.asString(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
		}
		catch (DateTimeException ex) {
			return Cell.problem(quoted(value) + " is not a date and time");
		}
		if (dateOnly) {
			instant = instant.atZone(siteZone).toLocalDate().atStartOfDay(ZoneOffset.UTC).toInstant();
		}
		instant = instant.truncatedTo(ChronoUnit.MILLIS);
		if (instant.isBefore(MIN_INSTANT) || instant.isAfter(MAX_INSTANT)) {
			return Cell.problem("is outside the years 1 to 9999");
		}
		return Cell.of(OUTPUT.format(instant));
	}

	private static Cell named(JsonNode id, String name, String missing) {
		if (name == null) {
			return Cell.problem(missing + " " + quoted(id));
		}
		return string(name);
	}

	private static String quoted(JsonNode value) {
		String text = value.isValueNode() ? value.asString() : value.toString();
		if (text.length() > 60) {
			text = text.substring(0, 57) + "...";
		}
		return "'" + text + "'";
	}

}
