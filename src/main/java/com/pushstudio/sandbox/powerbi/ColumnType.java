package com.pushstudio.sandbox.powerbi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

/**
 * Push column types and the value check of each, after Power BI's "Data type
 * restrictions". Values must have the JSON type of the column: the sandbox is stricter
 * than the service may be, so that a client which passes here sends clean data. Kept
 * apart from the client's {@code DataType} on purpose: the sandbox stands for Microsoft,
 * so it must not share the client's reading of the contract.
 */
enum ColumnType {

	INT64, DOUBLE, DECIMAL, BOOLEAN, DATETIME, STRING;

	/** The documented walkthrough form ({@code 07/30/2014}), with an optional time. */
	private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu[ H:mm[:ss]]", Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);

	private static final List<Function<String, ?>> DATE_FORMS = List.of(OffsetDateTime::parse, LocalDateTime::parse,
			LocalDate::parse, US_DATE::parse);

	/** Decimal is precision 28, scale 4: at most 24 digits before the point. */
	private static final BigDecimal DECIMAL_LIMIT = BigDecimal.TEN.pow(24);

	/** Case-insensitive, with the spellings of Power BI's examples ({@code bool}). */
	static Optional<ColumnType> of(String dataType) {
		if (dataType == null) {
			return Optional.empty();
		}
		return switch (dataType.toLowerCase(Locale.ROOT)) {
			case "int64" -> Optional.of(INT64);
			case "double" -> Optional.of(DOUBLE);
			case "decimal" -> Optional.of(DECIMAL);
			case "boolean", "bool" -> Optional.of(BOOLEAN);
			case "datetime" -> Optional.of(DATETIME);
			case "string" -> Optional.of(STRING);
			default -> Optional.empty();
		};
	}

	/** Why the value does not fit, or null if it does. Null (blank) fits every type. */
	String problem(JsonNode value, int maxStringLength) {
		if (value.isNull()) {
			return null;
		}
		return switch (this) {
			case INT64 -> (value.isIntegralNumber() && value.canConvertToLong() && value.longValue() != Long.MAX_VALUE
					&& value.longValue() != Long.MIN_VALUE) ? null
							: "is not a valid Int64 (Int64.MinValue and MaxValue are not allowed)";
			case DOUBLE -> (value.isNumber() && Double.isFinite(value.doubleValue())
					&& Math.abs(value.doubleValue()) != Double.MAX_VALUE) ? null : "is not a valid finite Double";
			case DECIMAL -> (value.isNumber() && (value.isIntegralNumber() || Double.isFinite(value.doubleValue()))
					&& value.decimalValue().abs().compareTo(DECIMAL_LIMIT) < 0) ? null
							: "is not a valid Decimal (precision 28, scale 4)";
			case BOOLEAN -> value.isBoolean() ? null : "is not a Boolean (true or false)";
			case DATETIME -> (value.isString() && isDateTime(value.stringValue())) ? null
					: "is not a DateTime (ISO 8601 or MM/dd/yyyy)";
			case STRING -> !value.isString() ? "is not a String" : (value.stringValue().length() > maxStringLength)
					? "is longer than " + maxStringLength + " characters" : null;
		};
	}

	private static boolean isDateTime(String text) {
		for (Function<String, ?> form : DATE_FORMS) {
			try {
				form.apply(text);
				return true;
			}
			catch (DateTimeParseException ex) {
				// not this form; try the next
			}
		}
		return false;
	}

}
