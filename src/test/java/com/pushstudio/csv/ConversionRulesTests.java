package com.pushstudio.csv;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.pushstudio.powerbi.DataType;

import static com.pushstudio.csv.ConversionProbe.convert;
import static org.assertj.core.api.Assertions.assertThat;

/** The rules of docs/conversion-rules.md, type by type; every case runs fast and JDK. */
class ConversionRulesTests {

	private static final CsvOptions DECIMAL_COMMA = CsvOptions.defaults().withDelimiter(';').withDecimalSeparator(',');

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
			0|0
			-0|0
			+42|42
			' 7 '|7
			007|7
			-123456789012345678|-123456789012345678
			9223372036854775806|9223372036854775806
			-9223372036854775807|-9223372036854775807
			''|null
			'   '|null
			""")
	void int64AcceptsWholeNumbersWithinPowerBisRange(String cell, String json) {
		assertThat(convert(DataType.INT64, cell)).isEqualTo(json);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
			9223372036854775807|!is out of range for Int64 (Power BI rejects its minimum and maximum)
			-9223372036854775808|!is out of range for Int64 (Power BI rejects its minimum and maximum)
			9223372036854775808|!is out of range for Int64
			1.5|!is not a whole number
			1e3|!is not a whole number
			'1,234'|!is not a whole number (remove the thousands separators)
			'1 234 567'|!is not a whole number (remove the thousands separators)
			abc|!is not a whole number
			'-'|!is not a whole number
			'١٢'|!is not a whole number
			""")
	void int64RejectsEverythingElse(String cell, String json) {
		assertThat(convert(DataType.INT64, cell)).isEqualTo(json);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
			1.5|1.5
			-0.25|-0.25
			-0.0|-0.0
			+3|3
			007.50|7.50
			.5|0.5
			5.|5
			1e10|1e10
			-2.5E-3|-2.5E-3
			1E+308|1E+308
			4.9e-324|4.9e-324
			''|null
			""")
	void doubleIsWrittenAsTheNumberInTheFileInJsonGrammar(String cell, String json) {
		assertThat(convert(DataType.DOUBLE, cell)).isEqualTo(json);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
			NaN|!is not a number
			Infinity|!is not a number
			-Infinity|!is not a number
			1e309|!is out of range for Double
			1.7976931348623157E308|!is out of range for Double
			-1.7976931348623157E308|!is out of range for Double
			0x1p3|!is not a number
			1d|!is not a number
			'1,5'|!is not a number
			'12,345'|!is not a number (remove the thousands separators)
			.|!is not a number
			""")
	void doubleRejectsWhatPowerBiCannotStore(String cell, String json) {
		assertThat(convert(DataType.DOUBLE, cell)).isEqualTo(json);
	}

	@Test
	void doubleAcceptsADecimalCommaWhenChosen() {
		assertThat(convert(DataType.DOUBLE, DECIMAL_COMMA, "1,5")).isEqualTo("1.5");
		assertThat(convert(DataType.DOUBLE, DECIMAL_COMMA, "-0,25e2")).isEqualTo("-0.25e2");
		assertThat(convert(DataType.DOUBLE, DECIMAL_COMMA, "1.5")).isEqualTo("!is not a number");
		assertThat(convert(DataType.DOUBLE, DECIMAL_COMMA, "1.234"))
			.isEqualTo("!is not a number (remove the thousands separators)");
	}

	@Test
	void thousandsSeparatorsAreReadOnlyWhereTheyCannotBeMisread() {
		assertThat(convert(DataType.DECIMAL, DECIMAL_COMMA, "1.234,56")).isEqualTo("1234.56");
		assertThat(convert(DataType.DECIMAL, DECIMAL_COMMA, "-12.345.678,5")).isEqualTo("-12345678.5");
		assertThat(convert(DataType.DOUBLE, "12,345.5")).isEqualTo("12345.5");
		assertThat(convert(DataType.DOUBLE, DECIMAL_COMMA, "1.23,5")).isEqualTo("!is not a number");
		assertThat(convert(DataType.DECIMAL, DECIMAL_COMMA, "1,234.5")).startsWith("!is not a number");
		assertThat(convert(DataType.INT64, DECIMAL_COMMA, "1.234")).startsWith("!is not a whole number");
	}

	@Test
	void booleanReadsTheWordsAGermanExcelWrites() {
		assertThat(convert(DataType.BOOLEAN, "WAHR")).isEqualTo("true");
		assertThat(convert(DataType.BOOLEAN, "falsch")).isEqualTo("false");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
			12.3456|12.3456
			0.50|0.50
			-0.0|0.0
			-0|0
			1.50000|1.5000
			1E3|1000
			1.5e-2|0.015
			+.5|0.5
			999999999999999999999999.9999|999999999999999999999999.9999
			''|null
			""")
	void decimalKeepsFourDecimalPlaces(String cell, String json) {
		assertThat(convert(DataType.DECIMAL, cell)).isEqualTo(json);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
			1.23456|!has more than 4 decimal places, which Decimal cannot keep
			1e-5|!has more than 4 decimal places, which Decimal cannot keep
			1000000000000000000000000|!is out of range for Decimal (at most 24 digits before the decimal point)
			1e999999999999|!is out of range for Decimal
			1e100000000|!is out of range for Decimal (at most 24 digits before the decimal point)
			NaN|!is not a number
			""")
	void decimalRejectsMoreScaleOrPrecision(String cell, String json) {
		assertThat(convert(DataType.DECIMAL, cell)).isEqualTo(json);
	}

	@Test
	void decimalAcceptsADecimalCommaWhenChosen() {
		assertThat(convert(DataType.DECIMAL, DECIMAL_COMMA, "12,5")).isEqualTo("12.5");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
			true|true
			TRUE|true
			' Yes '|true
			1|true
			false|false
			No|false
			0|false
			''|null
			""")
	void booleanAcceptsThreeSpellingsCaseInsensitively(String cell, String json) {
		assertThat(convert(DataType.BOOLEAN, cell)).isEqualTo(json);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
			y
			t
			2
			-1
			on
			'tru e'
			'\u212Aes'
			""")
	void booleanRejectsOtherWords(String cell) {
		assertThat(convert(DataType.BOOLEAN, cell)).isEqualTo("!is not a boolean (use true/false, yes/no or 1/0)");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
			2024-03-31T14:05:00Z|"2024-03-31T14:05:00.000Z"
			2024-03-31T14:05:00.123456789Z|"2024-03-31T14:05:00.123Z"
			2024-03-31 14:05:00.5Z|"2024-03-31T14:05:00.500Z"
			2024-03-31T14:05:00+02:00|"2024-03-31T12:05:00.000Z"
			2024-03-31T00:30:00-01:30|"2024-03-31T02:00:00.000Z"
			2024-01-01T00:30:00+01:00|"2023-12-31T23:30:00.000Z"
			2024-03-31T14:05|"2024-03-31T14:05:00.000Z"
			2024-03-31T14:05:00|"2024-03-31T14:05:00.000Z"
			2024-02-29|"2024-02-29T00:00:00.000Z"
			2000-02-29|"2000-02-29T00:00:00.000Z"
			0001-01-01|"0001-01-01T00:00:00.000Z"
			9999-12-31T23:59:59.9999Z|"9999-12-31T23:59:59.999Z"
			1969-12-31T23:59:59.999Z|"1969-12-31T23:59:59.999Z"
			''|null
			""")
	void dateTimeIsSentAsUtcWithMilliseconds(String cell, String json) {
		assertThat(convert(DataType.DATETIME, cell)).isEqualTo(json);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
			2023-02-29
			1900-02-29
			2024-04-31
			2024-13-01
			2024-00-10
			2024-03-31T24:00:00Z
			2024-03-31T23:60:00Z
			2024-03-31T23:59:60Z
			31/03/2024
			2024-03-31T14:05:00+25:00
			2024-03-31T14:05:00ZZ
			tomorrow
			""")
	void dateTimeRejectsImpossibleDatesAndOtherShapes(String cell) {
		assertThat(convert(DataType.DATETIME, cell)).startsWith("!is not an ISO-8601 date-time");
	}

	@Test
	void dateTimeRejectsTheYearsPowerBiCannotStore() {
		assertThat(convert(DataType.DATETIME, "0000-12-31")).isEqualTo("!is outside the years 1 to 9999");
		assertThat(convert(DataType.DATETIME, "0001-01-01T00:30:00+01:00"))
			.isEqualTo("!is outside the years 1 to 9999");
	}

	@Test
	void dateTimeWithoutOffsetIsReadInTheChosenZone() {
		CsvOptions paris = CsvOptions.defaults().withDateTime(null, ZoneId.of("Europe/Paris"));
		assertThat(convert(DataType.DATETIME, paris, "2024-07-01T12:00:00")).isEqualTo("\"2024-07-01T10:00:00.000Z\"");
		assertThat(convert(DataType.DATETIME, paris, "2024-01-01")).isEqualTo("\"2023-12-31T23:00:00.000Z\"");
		assertThat(convert(DataType.DATETIME, paris, "2024-07-01T12:00:00Z")).isEqualTo("\"2024-07-01T12:00:00.000Z\"");
		CsvOptions plusFive = CsvOptions.defaults().withDateTime(null, ZoneId.of("+05:00"));
		assertThat(convert(DataType.DATETIME, plusFive, "2024-07-01T12:00:00"))
			.isEqualTo("\"2024-07-01T07:00:00.000Z\"");
	}

	@Test
	void dateTimeReadsTheChosenPatternAfterIso() {
		CsvOptions dayFirst = CsvOptions.defaults().withDateTime("dd/MM/yyyy", ZoneId.of("UTC"));
		assertThat(convert(DataType.DATETIME, dayFirst, "31/03/2024")).isEqualTo("\"2024-03-31T00:00:00.000Z\"");
		assertThat(convert(DataType.DATETIME, dayFirst, "2024-03-31")).isEqualTo("\"2024-03-31T00:00:00.000Z\"");
		assertThat(convert(DataType.DATETIME, dayFirst, "31/02/2024"))
			.isEqualTo("!is not a date-time in ISO-8601 or the chosen pattern");
		CsvOptions withTime = CsvOptions.defaults().withDateTime("d.M.uuuu H:mm", ZoneId.of("Europe/Berlin"));
		assertThat(convert(DataType.DATETIME, withTime, "1.7.2024 9:30")).isEqualTo("\"2024-07-01T07:30:00.000Z\"");
	}

	@Test
	void stringsUpTo4000Utf16CharsAreSentAsTheyAre() {
		assertThat(convert(DataType.STRING, "  padded ")).isEqualTo("\"  padded \"");
		assertThat(convert(DataType.STRING, "Zoë \"quoted\", 東京 😀")).isEqualTo("\"Zoë \\\"quoted\\\", 東京 😀\"");
		assertThat(convert(DataType.STRING, "")).isEqualTo("null");
		assertThat(convert(DataType.STRING, "x".repeat(4000))).hasSize(4002);
		assertThat(convert(DataType.STRING, "x".repeat(4001)))
			.isEqualTo("!is 4,001 characters long; Power BI accepts at most 4,000");
		// an emoji is two UTF-16 chars, as Power BI counts
		assertThat(convert(DataType.STRING, "😀".repeat(2001)))
			.isEqualTo("!is 4,002 characters long; Power BI accepts at most 4,000");
	}

}
