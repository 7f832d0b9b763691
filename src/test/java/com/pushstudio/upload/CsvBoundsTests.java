package com.pushstudio.upload;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import com.pushstudio.csv.CellError;
import com.pushstudio.csv.ColumnMapper;
import com.pushstudio.csv.ColumnMapping;
import com.pushstudio.csv.CsvHeader;
import com.pushstudio.csv.CsvLimits;
import com.pushstudio.csv.CsvOptions;
import com.pushstudio.csv.TableColumn;
import com.pushstudio.powerbi.DataType;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a hostile file can make the reader hold or write: columns, record length and the
 * errors file are bounded, each refused or cut at its edge with words a user can act on.
 */
class CsvBoundsTests {

	private static final CsvLimits SMALL = new CsvLimits(5, 1 << 20, 200, 3);

	@Test
	void aFileWithAsManyColumnsAsAllowedIsReadAndOneMoreIsRefused() throws Exception {
		CsvPipeline pipeline = new CsvPipeline(true, SMALL);

		CsvHeader fits = pipeline.readHeader(TestFiles.source("a,b,c,d,e\n1,2,3,4,5\n"), CsvOptions.defaults());
		CsvHeader tooWide = pipeline.readHeader(TestFiles.source("a,b,c,d,e,f\n1,2,3,4,5,6\n"), CsvOptions.defaults());

		assertThat(fits.problems()).isEmpty();
		assertThat(fits.names()).hasSize(5);
		assertThat(tooWide.problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.reason()).contains("more than 5 columns")
				.contains("a Power BI table takes at most 75"));
	}

	@Test
	void aRowWiderThanAllowedStopsTheCheckAtItsLine() throws Exception {
		CsvPipeline pipeline = new CsvPipeline(true, SMALL);
		String csv = "Id,Name\n1,a\n2,b,c,d,e,f\n";

		ValidationReport report = pipeline.validate(TestFiles.source(csv), CsvOptions.defaults(),
				ColumnMapper.propose(List.of("Id", "Name"), TestFiles.TABLE), null);

		assertThat(report.fatal()).isTrue();
		assertThat(report.firstErrors()).singleElement().satisfies((error) -> {
			assertThat(error.line()).isEqualTo(3);
			assertThat(error.reason()).contains("more than 5 columns");
		});
	}

	@Test
	void aRecordAsLongAsAllowedIsReadAndOneCharacterMoreIsRefused() throws Exception {
		CsvPipeline pipeline = new CsvPipeline(true, SMALL);
		ColumnMapping mapping = ColumnMapper.propose(List.of("Id", "Name"), TestFiles.TABLE);
		// "Id" and "Name" hold 6 characters; fields count, not separators.
		String fits = "Id,Name\n1," + "x".repeat(199) + "\n";
		String tooLong = "Id,Name\n1," + "x".repeat(200) + "\n";

		ValidationReport passed = pipeline.validate(TestFiles.source(fits), CsvOptions.defaults(), mapping, null);
		ValidationReport refused = pipeline.validate(TestFiles.source(tooLong), CsvOptions.defaults(), mapping, null);

		assertThat(passed.hasErrors()).isFalse();
		assertThat(refused.fatal()).isTrue();
		assertThat(refused.firstErrors()).singleElement()
			.satisfies((error) -> assertThat(error.reason()).contains("longer than 200 characters"));
	}

	@Test
	void theErrorsFileKeepsAsManyErrorsAsAllowedAndCountsTheRest() throws Exception {
		CsvPipeline pipeline = new CsvPipeline(true, SMALL);
		ColumnMapping mapping = ColumnMapper.propose(List.of("Id"), TestFiles.TABLE);
		Path atCap = errorsFile();
		Path overCap = errorsFile();

		ValidationReport three = pipeline.validate(TestFiles.source("Id\nx\nx\nx\n"), CsvOptions.defaults(), mapping,
				atCap);
		ValidationReport four = pipeline.validate(TestFiles.source("Id\nx\nx\nx\nx\n"), CsvOptions.defaults(), mapping,
				overCap);

		assertThat(three.errorCount()).isEqualTo(3);
		assertThat(records(atCap)).hasSize(1 + 3);
		assertThat(four.errorCount()).isEqualTo(4);
		List<CsvRecord> kept = records(overCap);
		assertThat(kept).hasSize(1 + 3 + 1);
		assertThat(kept.get(4).getField(3)).isEqualTo("and 1 more errors, not listed: the file lists the first 3");
	}

	/**
	 * The probe of issue 11: one 20,000-character header over 5,000 bad cells wrote an
	 * errors file 3,300 times the upload's size.
	 */
	@Test
	void aHugeColumnNameIsNotRepeatedInFullInEveryCellError() throws Exception {
		String name = "N".repeat(20_000);
		StringBuilder csv = new StringBuilder(name).append('\n');
		csv.append("x\n".repeat(5_000));
		ColumnMapping mapping = ColumnMapper.map(List.of(name), List.of(new TableColumn("Id", DataType.INT64)),
				java.util.Map.of(name, "Id"));
		Path errors = errorsFile();

		ValidationReport report = new CsvPipeline().validate(TestFiles.source(csv.toString()), CsvOptions.defaults(),
				mapping, errors);

		assertThat(report.errorCount()).isEqualTo(5_000);
		assertThat(report.firstErrors().get(0).column()).hasSize(CellError.MAX_DISPLAYED_VALUE).endsWith("…");
		assertThat(Files.size(errors)).isLessThan(csv.length() * 20L);
	}

	private static Path errorsFile() throws Exception {
		Path file = Path.of("target", "upload-tests", UUID.randomUUID() + "-errors.csv");
		Files.createDirectories(file.getParent());
		return file;
	}

	private static List<CsvRecord> records(Path file) throws Exception {
		try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file, StandardCharsets.UTF_8)) {
			return csv.stream().toList();
		}
	}

}
