package com.pushstudio.dataset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.pushstudio.csv.ColumnMapper;
import com.pushstudio.csv.ColumnMapping;
import com.pushstudio.csv.CsvOptions;
import com.pushstudio.csv.TableColumn;
import com.pushstudio.dataset.SampleProposal.ProposedColumn;
import com.pushstudio.powerbi.DataType;
import com.pushstudio.upload.CsvPipeline;
import com.pushstudio.upload.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

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
		TableForm table = firstTwo.propose(csv("N\n1\n2\nnot a number\n"), "t.csv").table();
		assertThat(types(table)).containsExactly(DataType.INT64);
		assertThat(types(propose("N\n1\n2\nnot a number\n", "t.csv"))).containsExactly(DataType.STRING);
	}

	@Test
	void semicolonSeparatedFilesWithADecimalCommaAndByteOrderMarksAreRead() {
		TableForm table = propose("\uFEFFA;B\n1,5;x\n", "t.csv");
		assertThat(table.getColumns().stream().map(ColumnForm::getName)).containsExactly("A", "B");
		assertThat(types(table)).containsExactly(DataType.DECIMAL, DataType.STRING);
	}

	@Test
	void int64ExtremesAreKeptExactlyAsDecimal() {
		assertThat(types(propose("A\n9223372036854775807\n", "t.csv"))).containsExactly(DataType.DECIMAL);
	}

	@Test
	void theProposalReadsTheGermanExportAsDecimalDateTimeBoolean() throws IOException {
		SampleProposal proposal;
		try (InputStream in = getClass().getResourceAsStream("/samples/german-excel-export.csv")) {
			proposal = this.inference.propose(in, "Rechnungen Januar.csv");
		}
		assertThat(proposal.columns()).extracting(ProposedColumn::name, ProposedColumn::type, ProposedColumn::example)
			.containsExactly(tuple("Rechnungsnr", DataType.STRING, "RE-2024-0001"),
					tuple("Rechnungsdatum", DataType.DATETIME, "03.01.2024"),
					tuple("Kunde", DataType.STRING, "Müller GmbH"), tuple("Ort", DataType.STRING, "München"),
					tuple("Betrag", DataType.DECIMAL, "1.234,56"), tuple("Menge", DataType.INT64, "3"),
					tuple("Bezahlt", DataType.BOOLEAN, "1"), tuple("Storniert", DataType.BOOLEAN, "FALSCH"),
					tuple("Stückpreis", DataType.DECIMAL, "12,50"));
		assertThat(proposal.encoding()).isEqualTo("Windows-1252");
		assertThat(proposal.options().delimiter()).isEqualTo(';');
		assertThat(proposal.options().decimalSeparator()).isEqualTo(',');
		assertThat(proposal.datePattern()).isEqualTo("d.M.uuuu");
		assertThat(proposal.table().getName()).isEqualTo("Rechnungen Januar");
	}

	@Test
	void whatIsProposedIsWhatTheUploadAccepts() throws IOException {
		SampleProposal proposal;
		try (InputStream in = getClass().getResourceAsStream("/samples/german-excel-export.csv")) {
			proposal = this.inference.propose(in, "export.csv");
		}
		List<TableColumn> table = proposal.columns()
			.stream()
			.map((column) -> new TableColumn(column.name(), column.type()))
			.toList();
		ColumnMapping mapping = ColumnMapper.propose(proposal.columns().stream().map(ProposedColumn::name).toList(),
				table);
		ValidationReport report = new CsvPipeline().validate(
				() -> getClass().getResourceAsStream("/samples/german-excel-export.csv"), proposal.options(), mapping,
				null);
		assertThat(report.firstErrors()).isEmpty();
		assertThat(report.validRows()).isEqualTo(12);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Bezahlt|0,1|INT64
			IsActive|0,1|BOOLEAN
			is_paid|1,0|BOOLEAN
			Ist bezahlt|1,0|BOOLEAN
			Island|0,1|INT64
			Flag|0,1,0,1,0,1,0,1,0,1|BOOLEAN
			Count|0,1,0,1,0,1,0,1,0,2|INT64
			IsActive|1,1|INT64
			""")
	void zeroAndOneMakeABooleanWhenTheHeaderAsksOrTheSampleIsLargeEnough(String header, String values, DataType type) {
		assertThat(SampleInference.type(header, List.of(values.split(",")), CsvOptions.defaults())).isEqualTo(type);
	}

	@Test
	void moneyIsDecimalAndMeasurementsAreDouble() {
		assertThat(types(propose("Price,Ratio,Big\n9.99,0.123456,1e6\n10,1,2\n", "t.csv")))
			.containsExactly(DataType.DECIMAL, DataType.DOUBLE, DataType.DOUBLE);
	}

	@Test
	void anUnreadableSampleSaysWhereItStopped() {
		assertThatExceptionOfType(SampleInference.SampleException.class)
			.isThrownBy(() -> propose("A,B\n1,2\n\"open,3\n", "t.csv"))
			.satisfies((ex) -> assertThat(ex.arguments()).singleElement().asString().startsWith("line 3"));
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
		return this.inference.propose(csv(text), fileName).table();
	}

	private static ByteArrayInputStream csv(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	private static List<DataType> types(TableForm table) {
		return table.getColumns().stream().map(ColumnForm::getDataType).toList();
	}

}
