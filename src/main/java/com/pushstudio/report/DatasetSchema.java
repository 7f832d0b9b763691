package com.pushstudio.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import com.pushstudio.dataset.RecordedDataset;
import com.pushstudio.powerbi.Column;
import com.pushstudio.powerbi.DataType;
import com.pushstudio.powerbi.Table;

/**
 * What the application knows of a dataset's tables and columns. Power BI answers Get
 * Tables without columns (microsoft/powerbi-powershell#397); such a table has
 * {@code columns == null} ("not known"), which is not the same as having none.
 */
record DatasetSchema(List<SchemaTable> tables) {

	/**
	 * From Get Tables: names for certain, columns only where the answer had some (a push
	 * table always has at least one, so an empty list means "not told").
	 */
	static DatasetSchema of(List<Table> tables) {
		return new DatasetSchema(tables.stream()
			.filter((table) -> table.name() != null)
			.map((table) -> new SchemaTable(table.name(), (table.columns() != null && !table.columns().isEmpty())
					? table.columns().stream().filter((column) -> column.name() != null).map(SchemaColumn::of).toList()
					: null))
			.toList());
	}

	/**
	 * From the schema of record; a table whose columns are not stated yet has none known.
	 */
	static DatasetSchema of(RecordedDataset recorded) {
		return new DatasetSchema(recorded.tables()
			.stream()
			.map((table) -> new SchemaTable(table.name(),
					table.columnsKnown() ? table.columns().stream().map(SchemaColumn::of).toList() : null))
			.toList());
	}

	Optional<SchemaTable> table(String name) {
		return this.tables.stream().filter((table) -> sameName(table.name(), name)).findFirst();
	}

	/**
	 * The same for every dataset with the same tables, columns and types, whatever their
	 * order or letter case: Power BI's model names are case-insensitive.
	 */
	String signature() {
		String normalized = this.tables.stream().map(SchemaTable::normalized).sorted().collect(Collectors.joining(";"));
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha256.digest(normalized.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	static boolean sameName(String a, String b) {
		return a != null && a.equalsIgnoreCase(b);
	}

	record SchemaTable(String name, List<SchemaColumn> columns) {

		public boolean columnsKnown() {
			return this.columns != null;
		}

		Optional<SchemaColumn> column(String name) {
			return (this.columns != null)
					? this.columns.stream().filter((column) -> sameName(column.name(), name)).findFirst()
					: Optional.empty();
		}

		String normalized() {
			String columnList = (this.columns != null) ? this.columns.stream()
				.sorted(Comparator.comparing((SchemaColumn column) -> column.name().toLowerCase(Locale.ROOT)))
				.map(SchemaColumn::normalized)
				.collect(Collectors.joining(",")) : "?";
			return this.name.toLowerCase(Locale.ROOT) + "(" + columnList + ")";
		}

	}

	/**
	 * A column; {@code type} is {@code null} when Power BI answered a type not known
	 * here.
	 */
	record SchemaColumn(String name, DataType type) {

		static SchemaColumn of(Column column) {
			return new SchemaColumn(column.name(), column.dataType());
		}

		String normalized() {
			return this.name.toLowerCase(Locale.ROOT) + ":" + ((this.type != null) ? this.type.jsonName() : "?");
		}

	}

}
