package com.pushstudio.upload;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.InputStreamSource;

import com.pushstudio.csv.ColumnMapper;
import com.pushstudio.csv.ColumnMapping;
import com.pushstudio.csv.CsvOptions;
import com.pushstudio.csv.TableColumn;
import com.pushstudio.powerbi.DataType;

/** Builds CSV files in memory for tests, and runs the pipeline on them. */
final class TestFiles {

	static final List<TableColumn> TABLE = List.of(new TableColumn("Id", DataType.INT64),
			new TableColumn("Name", DataType.STRING), new TableColumn("Amount", DataType.DOUBLE),
			new TableColumn("Price", DataType.DECIMAL), new TableColumn("Active", DataType.BOOLEAN),
			new TableColumn("Created", DataType.DATETIME));

	static final String HEADER = "Id,Name,Amount,Price,Active,Created";

	private TestFiles() {
	}

	static InputStreamSource source(String text) {
		return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8));
	}

	static InputStreamSource source(byte[] bytes) {
		return new ByteArrayResource(bytes);
	}

	static ColumnMapping mapping(String header) {
		List<String> names = List.of(header.split(",", -1));
		return ColumnMapper.propose(names, TABLE);
	}

	/** Runs validate and convert (valid rows only) and keeps every batch. */
	static Run run(InputStreamSource source, CsvOptions options, ColumnMapping mapping, boolean fast,
			BatchLimits limits) throws IOException {
		CsvPipeline pipeline = new CsvPipeline(fast);
		ValidationReport report = pipeline.validate(source, options, mapping, null);
		List<Batch> batches = new ArrayList<>();
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		ConversionResult result = pipeline.convert(source, options, mapping, RowPolicy.VALID_ROWS_ONLY, limits, 0,
				(batch) -> {
					batches.add(new Batch(batch.index(), batch.json(), batch.length(), batch.rowCount(),
							batch.firstLine(), batch.lastLine()));
					all.writeBytes(batch.json());
					all.write('\n');
				});
		return new Run(report, result, batches, all.toByteArray());
	}

	record Run(ValidationReport report, ConversionResult result, List<Batch> batches, byte[] json) {

		String jsonText() {
			return new String(this.json, StandardCharsets.UTF_8);
		}

	}

	/** Seeded rows mixing ordinary values, edge values, odd spellings and bad values. */
	static String generated(long seed, int rows, double badShare) {
		Random random = new Random(seed);
		StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
		for (int i = 0; i < rows; i++) {
			boolean bad = random.nextDouble() < badShare;
			csv.append(pick(random, bad, INT64_GOOD, INT64_BAD, () -> Long.toString(random.nextLong() / 1000)))
				.append(',');
			csv.append(name(random)).append(',');
			csv.append(pick(random, bad, DOUBLE_GOOD, DOUBLE_BAD,
					() -> (random.nextBoolean() ? "-" : "") + random.nextInt(100000) + "." + random.nextInt(100)))
				.append(',');
			csv.append(pick(random, bad, DECIMAL_GOOD, DECIMAL_BAD,
					() -> random.nextInt(1000000) + "." + String.format("%04d", random.nextInt(10000))))
				.append(',');
			csv.append(pick(random, bad, BOOLEAN_GOOD, BOOLEAN_BAD, () -> random.nextBoolean() ? "true" : "false"))
				.append(',');
			csv.append(pick(random, bad, DATETIME_GOOD, DATETIME_BAD, () -> randomInstant(random)));
			csv.append(random.nextInt(10) == 0 ? "\n" : "\r\n");
		}
		return csv.toString();
	}

	private static String pick(Random random, boolean bad, String[] good, String[] wrong,
			java.util.function.Supplier<String> ordinary) {
		if (bad && random.nextInt(3) == 0) {
			return quote(wrong[random.nextInt(wrong.length)]);
		}
		return (random.nextInt(4) == 0) ? quote(good[random.nextInt(good.length)]) : ordinary.get();
	}

	private static String randomInstant(Random random) {
		int year = 1 + random.nextInt(9999);
		int month = 1 + random.nextInt(12);
		int day = 1 + random.nextInt(java.time.YearMonth.of(year, month).lengthOfMonth());
		String date = String.format("%04d-%02d-%02d", year, month, day);
		return switch (random.nextInt(4)) {
			case 0 -> date;
			case 1 ->
				date + String.format("T%02d:%02d:%02dZ", random.nextInt(24), random.nextInt(60), random.nextInt(60));
			case 2 -> date + String.format("T%02d:%02d:%02d.%03d%s", random.nextInt(24), random.nextInt(60),
					random.nextInt(60), random.nextInt(1000), (random.nextBoolean() ? "+" : "-")
							+ String.format("%02d:%02d", random.nextInt(15), random.nextInt(60)));
			default -> date + String.format(" %02d:%02d:%02d.%d", random.nextInt(24), random.nextInt(60),
					random.nextInt(60), random.nextInt(1_000_000_000));
		};
	}

	private static String name(Random random) {
		String[] parts = { "Zoë", "Müller, GmbH", "東京", "say \"hi\"", "line\nbreak", "😀", "", " ", "O'Brien",
				"tab\there", "a;b|c" };
		return quote(parts[random.nextInt(parts.length)] + random.nextInt(100));
	}

	static String quote(String value) {
		return "\"" + value.replace("\"", "\"\"") + "\"";
	}

	static final String[] INT64_GOOD = { "0", "-0", "+1", " 42 ", "007", "9223372036854775806", "-9223372036854775807",
			"999999999999999999", "-999999999999999999", "1000000000000000000", "" };

	static final String[] INT64_BAD = { "9223372036854775807", "-9223372036854775808", "99999999999999999999", "1.0",
			"1e3", "1,234", "x", "-", "+", "١" };

	static final String[] DOUBLE_GOOD = { "0", "-0.0", "+1.5", ".5", "5.", "007.25", "1e10", "-2.5E-3", "1E+308",
			"4.9e-324", "1e-400", "123456789012345678901234567890", "0.1", " 3.25 ", "" };

	static final String[] DOUBLE_BAD = { "NaN", "Infinity", "-Infinity", "1e309", "1.7976931348623157E308", "1,5",
			"12,345.6", "0x1p3", "1d", ".", "e5", "--1" };

	static final String[] DECIMAL_GOOD = { "0", "-0", "-0.0", "12.3456", "1.50000", "1E3", "1.5e-2", "+.5",
			"999999999999999999999999.9999", "-999999999999999999999999", "0.0001", "" };

	static final String[] DECIMAL_BAD = { "1.23456", "1e-5", "1000000000000000000000000", "1e999999999999", "NaN",
			"1,5", "abc" };

	static final String[] BOOLEAN_GOOD = { "TRUE", "False", " yes ", "NO", "1", "0", "" };

	static final String[] BOOLEAN_BAD = { "y", "t", "2", "on", "\u212Aes", "İ", "tru" };

	static final String[] DATETIME_GOOD = { "2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31T23:59:59.9999Z",
			"2024-03-31T14:05", "2024-03-31T14:05:00.Z", "2024-03-31T14:05:00-00:00", "2024-03-31T14:05:00+18:00",
			"2024-03-31T14:05:00+01:00:30", "1969-12-31T23:59:59.999999999Z", "" };

	static final String[] DATETIME_BAD = { "2023-02-29", "1900-02-29", "2024-04-31", "2024-13-01",
			"2024-03-31T24:00:00Z", "2024-03-31T23:59:60Z", "0000-12-31", "31/03/2024", "2024-03-31T14:05:00+19:00",
			"2024-3-31", "+10000-01-01" };

}
