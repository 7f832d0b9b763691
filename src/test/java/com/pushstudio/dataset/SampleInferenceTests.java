package com.pushstudio.dataset;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.pushstudio.powerbi.DataType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SampleInferenceTests {

	private final SampleInference inference = new SampleInference(new DatasetProperties(1000));

	@Test
	void eachColumnGetsTheTypeAllItsValuesParseAs() {
		TableForm table = propose("""
				Id,Price,Active,Sold at,Day,Note
				1,9.99,true,2024-03-31T14:05:00Z,2024-03-31,hello
				2,10,False,2024-04-01 08:00:00,2024-04-01,42
				3,-1.5e3,yes,2024-04-02T09:30,2024-04-02,
				""", "sales.csv");
		assertThat(types(table)).containsExactly(DataType.INT64, DataType.DOUBLE, DataType.BOOLEAN, DataType.DATETIME,
				DataType.DATETIME, DataType.STRING);
		assertThat(table.getColumns().stream().map(ColumnForm::getName)).containsExactly("Id", "Price", "Active",
				"Sold at", "Day", "Note");
		assertThat(table.getName()).isEqualTo("sales");
	}

	@Test
	void emptyValuesDoNotDecideButOneOddValueMakesAString() {
		TableForm table = propose("A,B\n1,1\n,x\n3,3\n", "t.csv");
		assertThat(types(table)).containsExactly(DataType.INT64, DataType.STRING);
	}

	@Test
	void aColumnWithoutValuesIsAString() {
		assertThat(types(propose("A,B\n1,\n", "t.csv"))).containsExactly(DataType.INT64, DataType.STRING);
	}

	@Test
	void onlyTheFirstRowsOfTheSettingAreRead() {
		SampleInference firstTwo = new SampleInference(new DatasetProperties(2));
		TableForm table = firstTwo.propose(csv("N\n1\n2\nnot a number\n"), "t.csv");
		assertThat(types(table)).containsExactly(DataType.INT64);
		assertThat(types(propose("N\n1\n2\nnot a number\n", "t.csv"))).containsExactly(DataType.STRING);
	}

	@Test
	void semicolonSeparatedFilesAndByteOrderMarksAreRead() {
		TableForm table = propose("\uFEFFA;B\n1,5;x\n", "t.csv");
		assertThat(table.getColumns().stream().map(ColumnForm::getName)).containsExactly("A", "B");
		assertThat(types(table)).containsExactly(DataType.STRING, DataType.STRING);
	}

	@Test
	void int64ExtremesAreNotInt64() {
		assertThat(types(propose("A\n9223372036854775807\n", "t.csv"))).containsExactly(DataType.DOUBLE);
	}

	@Test
	void theTableNameKeepsToTheAllowedCharacters() {
		assertThat(SampleInference.tableName("C:\\data\\sales (2024).v2.csv")).isEqualTo("sales _2024__v2");
		assertThat(SampleInference.tableName(".csv")).isEqualTo("Sample");
	}

	@Test
	void anEmptySampleIsRefused() {
		assertThatExceptionOfType(SampleInference.SampleException.class).isThrownBy(() -> propose("", "t.csv"))
			.withMessage("dataset.sample.empty");
	}

	private TableForm propose(String text, String fileName) {
		return this.inference.propose(csv(text), fileName);
	}

	private static ByteArrayInputStream csv(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	private static List<DataType> types(TableForm table) {
		return table.getColumns().stream().map(ColumnForm::getDataType).toList();
	}

}
