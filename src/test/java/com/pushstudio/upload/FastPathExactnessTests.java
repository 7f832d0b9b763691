package com.pushstudio.upload;

import java.nio.file.Files;
import java.nio.file.Path;

import com.pushstudio.csv.ConversionProbe;
import com.pushstudio.csv.CsvOptions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.io.InputStreamSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast paths may only be faster: on the same file they must send the same bytes and
 * report the same errors as the plain JDK converters.
 */
class FastPathExactnessTests {

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void fastAndJdkPathsSendTheSameBytesOnGeneratedData(long seed) throws Exception {
		InputStreamSource file = TestFiles.source(TestFiles.generated(seed, 20_000, 0.0));
		TestFiles.Run fast = TestFiles.run(file, CsvOptions.defaults(), TestFiles.mapping(TestFiles.HEADER), true,
				BatchLimits.defaults());
		TestFiles.Run jdk = TestFiles.run(file, CsvOptions.defaults(), TestFiles.mapping(TestFiles.HEADER), false,
				BatchLimits.defaults());
		assertThat(fast.report().rows()).isEqualTo(20_000);
		assertThat(fast.result().rowsSent()).isEqualTo(20_000);
		assertThat(fast.json()).isEqualTo(jdk.json());
		assertThat(fast.batches()).hasSize(2);
	}

	@Test
	void fastAndJdkPathsReportTheSameErrorsAndSendTheSameValidRowsOnABadRowFile(@TempDir Path dir) throws Exception {
		InputStreamSource file = TestFiles.source(TestFiles.generated(42, 20_000, 0.2));
		CsvPipeline fast = new CsvPipeline(true);
		CsvPipeline jdk = new CsvPipeline(false);
		ValidationReport fastReport = fast.validate(file, CsvOptions.defaults(), TestFiles.mapping(TestFiles.HEADER),
				dir.resolve("fast.csv"));
		ValidationReport jdkReport = jdk.validate(file, CsvOptions.defaults(), TestFiles.mapping(TestFiles.HEADER),
				dir.resolve("jdk.csv"));
		assertThat(fastReport.errorCount()).isGreaterThan(500);
		assertThat(fastReport).usingRecursiveComparison().ignoringFields("errorsCsv").isEqualTo(jdkReport);
		assertThat(Files.readAllBytes(dir.resolve("fast.csv"))).isEqualTo(Files.readAllBytes(dir.resolve("jdk.csv")));
		assertThat(Files.readAllLines(dir.resolve("fast.csv"))).hasSize((int) fastReport.errorCount() + 1);
		TestFiles.Run fastRun = TestFiles.run(file, CsvOptions.defaults(), TestFiles.mapping(TestFiles.HEADER), true,
				BatchLimits.defaults());
		TestFiles.Run jdkRun = TestFiles.run(file, CsvOptions.defaults(), TestFiles.mapping(TestFiles.HEADER), false,
				BatchLimits.defaults());
		assertThat(fastRun.result().rowsSent()).isEqualTo(fastReport.validRows());
		assertThat(fastRun.json()).isEqualTo(jdkRun.json());
	}

	@Test
	void everyEdgeValueConvertsTheSameOnBothPaths() {
		for (String[] values : new String[][] { TestFiles.INT64_GOOD, TestFiles.INT64_BAD }) {
			for (String value : values) {
				ConversionProbe.convert(com.pushstudio.powerbi.DataType.INT64, value);
			}
		}
		for (String[] values : new String[][] { TestFiles.DOUBLE_GOOD, TestFiles.DOUBLE_BAD }) {
			for (String value : values) {
				ConversionProbe.convert(com.pushstudio.powerbi.DataType.DOUBLE, value);
			}
		}
		for (String[] values : new String[][] { TestFiles.DECIMAL_GOOD, TestFiles.DECIMAL_BAD }) {
			for (String value : values) {
				ConversionProbe.convert(com.pushstudio.powerbi.DataType.DECIMAL, value);
			}
		}
		for (String[] values : new String[][] { TestFiles.BOOLEAN_GOOD, TestFiles.BOOLEAN_BAD }) {
			for (String value : values) {
				ConversionProbe.convert(com.pushstudio.powerbi.DataType.BOOLEAN, value);
			}
		}
		for (String[] values : new String[][] { TestFiles.DATETIME_GOOD, TestFiles.DATETIME_BAD }) {
			for (String value : values) {
				ConversionProbe.convert(com.pushstudio.powerbi.DataType.DATETIME, value);
			}
		}
	}

	@Test
	void everyDayOfFourHundredYearsFormatsAsJavaTimeDoes() {
		java.time.LocalDate day = java.time.LocalDate.of(1900, 1, 1);
		while (day.getYear() < 2300) {
			String iso = day.toString();
			assertThat(ConversionProbe.convert(com.pushstudio.powerbi.DataType.DATETIME, iso + "T23:59:59.999+01:00"))
				.startsWith("\"");
			day = day.plusDays(1);
		}
	}

}
