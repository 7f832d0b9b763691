package com.pushstudio.report;

import java.util.List;

import com.pushstudio.powerbi.Column;
import com.pushstudio.powerbi.DataType;
import com.pushstudio.powerbi.Table;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaComparisonTests {

	private static final DatasetSchema SALES_TEMPLATE = DatasetSchema
		.of(List.of(Table.of("Sales", List.of(Column.of("Date", DataType.DATETIME),
				Column.of("Region", DataType.STRING), Column.of("Amount", DataType.DOUBLE)))));

	@Test
	void aTargetWithTheSameTablesAndColumnsMatches() {
		var target = DatasetSchema.of(List.of(Table.of("Sales", List.of(Column.of("Amount", DataType.DOUBLE),
				Column.of("Date", DataType.DATETIME), Column.of("Region", DataType.STRING)))));

		SchemaComparison comparison = SchemaComparison.compare(SALES_TEMPLATE, target);

		assertThat(comparison.matches()).isTrue();
		assertThat(comparison.missingTables()).isEmpty();
		assertThat(comparison.missingColumns()).isEmpty();
	}

	@Test
	void namesAreComparedRegardlessOfLetterCaseAsPowerBiDoes() {
		var target = DatasetSchema.of(List.of(Table.of("SALES", List.of(Column.of("date", DataType.DATETIME),
				Column.of("REGION", DataType.STRING), Column.of("amount", DataType.DOUBLE)))));

		assertThat(SchemaComparison.compare(SALES_TEMPLATE, target).matches()).isTrue();
	}

	@Test
	void aMissingTableIsNamed() {
		var target = DatasetSchema.of(List.of(Table.of("Orders", List.of(Column.of("Date", DataType.DATETIME)))));

		SchemaComparison comparison = SchemaComparison.compare(SALES_TEMPLATE, target);

		assertThat(comparison.matches()).isFalse();
		assertThat(comparison.missingTables()).containsExactly("Sales");
		assertThat(comparison.missingColumns()).isEmpty();
	}

	@Test
	void missingColumnsAreNamedWithTheirTable() {
		var target = DatasetSchema.of(List.of(Table.of("Sales", List.of(Column.of("Date", DataType.DATETIME)))));

		SchemaComparison comparison = SchemaComparison.compare(SALES_TEMPLATE, target);

		assertThat(comparison.missingColumns()).extracting(Object::toString)
			.containsExactly("Sales[Region]", "Sales[Amount]");
	}

	@Test
	void aColumnOfAnotherTypeIsAMismatch() {
		var target = DatasetSchema.of(List.of(Table.of("Sales", List.of(Column.of("Date", DataType.DATETIME),
				Column.of("Region", DataType.STRING), Column.of("Amount", DataType.STRING)))));

		SchemaComparison comparison = SchemaComparison.compare(SALES_TEMPLATE, target);

		assertThat(comparison.matches()).isFalse();
		assertThat(comparison.typeMismatches()).singleElement().satisfies((mismatch) -> {
			assertThat(mismatch.column()).isEqualTo("Amount");
			assertThat(mismatch.templateType()).isEqualTo(DataType.DOUBLE);
			assertThat(mismatch.targetType()).isEqualTo(DataType.STRING);
		});
	}

	@Test
	void extraTablesAndColumnsOnTheTargetDoNoHarm() {
		var target = DatasetSchema.of(List.of(
				Table.of("Sales",
						List.of(Column.of("Date", DataType.DATETIME), Column.of("Region", DataType.STRING),
								Column.of("Amount", DataType.DOUBLE), Column.of("Units", DataType.INT64))),
				Table.of("Targets", List.of(Column.of("Region", DataType.STRING)))));

		assertThat(SchemaComparison.compare(SALES_TEMPLATE, target).matches()).isTrue();
	}

	@Test
	void tablesAnsweredWithoutColumnsAreComparedByNameOnly() {
		var target = DatasetSchema.of(List.of(new Table("Sales", null, null, null, null)));

		SchemaComparison comparison = SchemaComparison.compare(SALES_TEMPLATE, target);

		assertThat(comparison.matches()).isTrue();
		assertThat(comparison.tablesWithUnknownColumns()).containsExactly("Sales");
	}

	@Test
	void theSignatureIgnoresOrderAndCaseButNotColumnsOrTypes() {
		var reordered = DatasetSchema.of(List.of(Table.of("sales", List.of(Column.of("AMOUNT", DataType.DOUBLE),
				Column.of("Region", DataType.STRING), Column.of("Date", DataType.DATETIME)))));
		var retyped = DatasetSchema.of(List.of(Table.of("Sales", List.of(Column.of("Date", DataType.DATETIME),
				Column.of("Region", DataType.STRING), Column.of("Amount", DataType.INT64)))));
		var fewer = DatasetSchema.of(List.of(Table.of("Sales",
				List.of(Column.of("Date", DataType.DATETIME), Column.of("Region", DataType.STRING)))));

		assertThat(reordered.signature()).isEqualTo(SALES_TEMPLATE.signature()).hasSize(64);
		assertThat(retyped.signature()).isNotEqualTo(SALES_TEMPLATE.signature());
		assertThat(fewer.signature()).isNotEqualTo(SALES_TEMPLATE.signature());
	}

}
