package com.pushstudio.upload;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.pushstudio.csv.CellError;
import com.pushstudio.csv.CsvOptions;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.InputStreamSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each kind of broken file gets a message a user can act on, with the line (and column
 * where there is one), and nothing is sent unless the user chose the valid rows only.
 */
class BadFileCorpusTests {

	private final CsvPipeline pipeline = new CsvPipeline();

	private static final String GOOD_ROW = "1,Ann,1.5,2.25,true,2024-01-31\n";

	@Test
	void raggedRowsAreReportedWithTheirLine() throws IOException {
		ValidationReport report = sendNothing(
				TestFiles.HEADER + "\n" + GOOD_ROW + "2,Bob,1.5\n" + GOOD_ROW + "3,Cy,1,2,true,2024-01-31,extra\n");
		assertThat(report.firstErrors()).extracting(CellError::toString)
			.containsExactly("line 3: has 3 fields but the header has 6", "line 5: has 7 fields but the header has 6");
		assertThat(report.fatal()).isFalse();
		assertThat(report.validRows()).isEqualTo(2);
	}

	@Test
	void wrongTypesAreReportedByLineColumnAndValue() throws IOException {
		ValidationReport report = sendNothing(
				TestFiles.HEADER + "\n" + GOOD_ROW + "x,Bob,1.5,2.123456,maybe,2023-02-29\n");
		assertThat(report.firstErrors()).containsExactly(new CellError(3, "Id", "x", "is not a whole number"),
				new CellError(3, "Price", "2.123456", "has more than 4 decimal places, which Decimal cannot keep"),
				new CellError(3, "Active", "maybe", "is not a boolean (use true/false, yes/no or 1/0)"),
				new CellError(3, "Created", "2023-02-29",
						"is not an ISO-8601 date-time (like 2024-03-31 or 2024-03-31T14:05:00Z)"));
		assertThat(report.firstErrors().get(0).toString()).isEqualTo("line 3, column Id: 'x' is not a whole number");
	}

	@Test
	void anUnterminatedQuoteIsReportedWhereItsRecordStarts() throws IOException {
		ValidationReport report = sendNothing(
				TestFiles.HEADER + "\n" + GOOD_ROW + "2,\"Bob,1.5,2.25,true,2024-01-31\n" + GOOD_ROW);
		assertThat(report.firstErrors()).extracting(CellError::toString)
			.containsExactly(
					"line 3: has a quote that is never closed: the record starting here runs to the end of the file");
		assertThat(report.fatal()).isTrue();
		assertThat(sent(RowPolicy.VALID_ROWS_ONLY, TestFiles.HEADER + "\n" + GOOD_ROW + "2,\"Bob\n")).isEmpty();
	}

	@Test
	void aCharacterAfterAClosingQuoteIsReported() throws IOException {
		ValidationReport report = sendNothing(
				TestFiles.HEADER + "\n" + GOOD_ROW + "2,\"Bob\"x,1.5,2.25,true,2024-01-31\n");
		assertThat(report.firstErrors()).extracting(CellError::toString)
			.containsExactly("line 3: has the character 'x' right after a closing quote; "
					+ "a quote inside a quoted field must be doubled (\"\")");
	}

	@Test
	void binaryJunkIsNotATextCsvFile() throws IOException {
		byte[] junk = new byte[4096];
		new java.util.Random(7).nextBytes(junk);
		junk[10] = 0;
		ValidationReport report = sendNothing(TestFiles.source(junk));
		assertThat(report.firstErrors()).extracting(CellError::toString)
			.containsExactly("file: is not a text CSV file: it contains NUL bytes "
					+ "(binary data, or UTF-16, which is not supported)");
		byte[] controls = "a,b\n\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000b\u000e,x\n"
			.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		assertThat(sendNothing(TestFiles.source(controls)).firstErrors()).extracting(CellError::reason)
			.containsExactly("is not a text CSV file: it is full of control characters (binary data)");
	}

	@Test
	void anEmptyFileIsEmpty() throws IOException {
		assertThat(sendNothing("").firstErrors()).extracting(CellError::toString).containsExactly("file: is empty");
		assertThat(sendNothing("\uFEFF\r\n").firstErrors()).extracting(CellError::toString)
			.containsExactly("file: is empty");
	}

	@Test
	void aHeaderWithoutRowsIsReported() throws IOException {
		assertThat(sendNothing(TestFiles.HEADER + "\r\n").firstErrors()).extracting(CellError::toString)
			.containsExactly("file: has a header row but no data rows");
	}

	@Test
	void aStringOver4000CharactersIsReportedWithAShortenedValue() throws IOException {
		String longName = "x".repeat(5000);
		ValidationReport report = sendNothing(
				TestFiles.HEADER + "\n" + GOOD_ROW + "2," + longName + ",1.5,2.25,true,2024-01-31\n");
		assertThat(report.firstErrors()).singleElement().satisfies((error) -> {
			assertThat(error.where()).isEqualTo("line 3, column Name");
			assertThat(error.reason()).isEqualTo("is 5,000 characters long; Power BI accepts at most 4,000");
			assertThat(error.value()).hasSize(CellError.MAX_DISPLAYED_VALUE).endsWith("…");
		});
	}

	@Test
	void mixedLineEndingsAreReadAndCountedAsAnEditorShowsThem() throws IOException {
		String file = TestFiles.HEADER + "\r\n" + "1,\"two\r\nlines\",1,1,true,2024-01-01\n"
				+ "2,b,1,1,true,2024-01-01\r\n" + "3,c,1,1,oops,2024-01-01\n";
		ValidationReport report = sendNothing(file);
		assertThat(report.firstErrors())
			.containsExactly(new CellError(5, "Active", "oops", "is not a boolean (use true/false, yes/no or 1/0)"));
		assertThat(report.rows()).isEqualTo(3);
	}

	@Test
	void duplicateHeadersAreReportedIgnoringCase() throws IOException {
		ValidationReport report = sendNothing(
				"Id,Name,amount,Amount,Price,Active,Created\n1,a,1,1,1,true,2024-01-01\n");
		assertThat(report.firstErrors()).extracting(CellError::toString)
			.containsExactly("line 1, column Amount: 'Amount' is a duplicate column name: column 4 and column 3 "
					+ "have the same name (ignoring case and spaces)");
		assertThat(report.fatal()).isTrue();
		assertThat(this.pipeline.readHeader(TestFiles.source("a,B,b\n1,2,3\n"), CsvOptions.defaults()).problems())
			.hasSize(1);
	}

	@Test
	void invalidUtf8IsReportedWithItsLine() throws IOException {
		byte[] latin1 = (TestFiles.HEADER + "\n" + GOOD_ROW + "2,Zo\u00eb,1,1,true,2024-01-01\n")
			.getBytes(CsvOptions.WINDOWS_1252);
		ValidationReport report = sendNothing(TestFiles.source(latin1));
		assertThat(report.firstErrors()).extracting(CellError::toString)
			.containsExactly("line 3: is not valid UTF-8 text; choose Windows-1252 as the encoding");
		ValidationReport fixed = this.pipeline.validate(TestFiles.source(latin1),
				CsvOptions.defaults().withCharset(CsvOptions.WINDOWS_1252), TestFiles.mapping(TestFiles.HEADER), null);
		assertThat(fixed.hasErrors()).isFalse();
	}

	@Test
	void validRowsOnlySendsTheGoodRowsOfAFileWithCellErrors() throws IOException {
		String file = TestFiles.HEADER + "\n" + GOOD_ROW + "x,Bob,1.5,2.25,true,2024-01-31\n" + GOOD_ROW;
		List<Batch> batches = sent(RowPolicy.VALID_ROWS_ONLY, file);
		assertThat(batches).singleElement().satisfies((batch) -> {
			assertThat(batch.rowCount()).isEqualTo(2);
			assertThat(batch.firstLine()).isEqualTo(2);
			assertThat(batch.lastLine()).isEqualTo(4);
		});
	}

	/** Validates, checks that all-rows sends nothing, and answers the report. */
	private ValidationReport sendNothing(String text) throws IOException {
		return sendNothing(TestFiles.source(text));
	}

	private ValidationReport sendNothing(InputStreamSource source) throws IOException {
		List<Batch> batches = new ArrayList<>();
		ConversionResult result = this.pipeline.validateThenConvert(source, CsvOptions.defaults(),
				TestFiles.mapping(TestFiles.HEADER), RowPolicy.ALL_ROWS, BatchLimits.defaults(), null, batches::add);
		assertThat(result.report().hasErrors()).isTrue();
		assertThat(batches).as("batches sent").isEmpty();
		assertThat(result.batches()).isZero();
		return result.report();
	}

	private List<Batch> sent(RowPolicy policy, String text) throws IOException {
		List<Batch> batches = new ArrayList<>();
		this.pipeline.validateThenConvert(TestFiles.source(text), CsvOptions.defaults(),
				TestFiles.mapping(TestFiles.HEADER), policy, BatchLimits.defaults(), null, batches::add);
		return batches;
	}

}
