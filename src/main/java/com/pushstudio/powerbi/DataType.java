package com.pushstudio.powerbi;

import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The column data types of a push dataset. Power BI's examples spell them several ways
 * ({@code Int64}, {@code int64}, {@code bool}, {@code string}); {@link #jsonName()} is
 * the spelling this application sends.
 */
public enum DataType {

	INT64("Int64"), DOUBLE("Double"), DECIMAL("Decimal"), BOOLEAN("Boolean"), DATETIME("DateTime"), STRING("String");

	private final String jsonName;

	DataType(String jsonName) {
		this.jsonName = jsonName;
	}

	@JsonValue
	public String jsonName() {
		return this.jsonName;
	}

	/** Reads any spelling seen in Power BI's documentation and answers. */
	public static Optional<DataType> fromJsonName(String name) {
		if (name == null) {
			return Optional.empty();
		}
		return switch (name.toLowerCase(Locale.ROOT)) {
			case "int64" -> Optional.of(INT64);
			case "double" -> Optional.of(DOUBLE);
			case "decimal" -> Optional.of(DECIMAL);
			case "boolean", "bool" -> Optional.of(BOOLEAN);
			case "datetime" -> Optional.of(DATETIME);
			case "string" -> Optional.of(STRING);
			default -> Optional.empty();
		};
	}

	/**
	 * Reads Power BI's answers: a type this application does not know becomes
	 * {@code null} rather than failing the whole answer.
	 */
	@JsonCreator
	static DataType fromJson(String name) {
		return fromJsonName(name).orElse(null);
	}

}
