package com.pushstudio.consolidation;

import java.time.ZoneId;
import java.util.Map;

import com.pushstudio.consolidation.SharePointValues.Cell;
import com.pushstudio.graph.ColumnKind;
import com.pushstudio.graph.ListColumn;
import com.pushstudio.powerbi.DataType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class SharePointValuesTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final SharePointValues.Names NAMES = new SharePointValues.Names() {

		@Override
		public String person(String lookupId) {
			return Map.of("7", "Ada Lovelace").get(lookupId);
		}

		@Override
		public String lookup(String listId, String itemId) {
			return "clients".equals(listId) ? Map.of("3", "Contoso").get(itemId) : null;
		}

	};

	@Test
	void textAndChoiceAreTheirText() {
		assertThat(convert("\"Alpha, Inc.\"", column(ColumnKind.TEXT), DataType.STRING)).isEqualTo(ok("Alpha, Inc."));
		assertThat(convert("\"Done\"", column(ColumnKind.CHOICE), DataType.STRING)).isEqualTo(ok("Done"));
	}

	@Test
	void aMultiChoiceJoinsItsValuesWithSemicolons() {
		assertThat(convert("[\"Red\",\"Blue\"]", column(ColumnKind.CHOICE), DataType.STRING))
			.isEqualTo(ok("Red; Blue"));
	}

	@Test
	void emptyAndMissingValuesAreNull() {
		assertThat(convert("\"\"", column(ColumnKind.TEXT), DataType.STRING)).isEqualTo(Cell.EMPTY);
		assertThat(convert("null", column(ColumnKind.NUMBER), DataType.INT64)).isEqualTo(Cell.EMPTY);
		assertThat(SharePointValues.convert(null, column(ColumnKind.BOOLEAN), DataType.BOOLEAN, BERLIN, NAMES))
			.isEqualTo(Cell.EMPTY);
		assertThat(convert("[]", column(ColumnKind.CHOICE), DataType.STRING)).isEqualTo(Cell.EMPTY);
	}

	@Test
	void textLongerThanPowerBiTakesIsAProblem() {
		Cell cell = convert("\"" + "x".repeat(4001) + "\"", column(ColumnKind.TEXT), DataType.STRING);
		assertThat(cell.text()).isNull();
		assertThat(cell.problem()).contains("4,001 characters");
	}

	@Test
	void numbersGoIntoWholeNumberColumnsOnlyWhenWhole() {
		assertThat(convert("12", column(ColumnKind.NUMBER), DataType.INT64)).isEqualTo(ok("12"));
		assertThat(convert("12.0", column(ColumnKind.NUMBER), DataType.INT64)).isEqualTo(ok("12"));
		assertThat(convert("12.5", column(ColumnKind.NUMBER), DataType.INT64).problem())
			.isEqualTo("'12.5' is not a whole number");
		assertThat(convert("\"abc\"", column(ColumnKind.NUMBER), DataType.INT64).problem())
			.isEqualTo("'abc' is not a number");
		assertThat(convert("9223372036854775807", column(ColumnKind.NUMBER), DataType.INT64).problem())
			.contains("out of range");
	}

	@Test
	void numbersAndCurrencyGoIntoDoubleAndDecimalColumns() {
		assertThat(convert("12.5", column(ColumnKind.NUMBER), DataType.DOUBLE)).isEqualTo(ok("12.5"));
		assertThat(convert("0.1", column(ColumnKind.CURRENCY), DataType.DOUBLE)).isEqualTo(ok("0.1"));
		assertThat(convert("1234.5", column(ColumnKind.CURRENCY), DataType.DECIMAL)).isEqualTo(ok("1234.5"));
		assertThat(convert("2.50000", column(ColumnKind.CURRENCY), DataType.DECIMAL)).isEqualTo(ok("2.5"));
		assertThat(convert("1.23456", column(ColumnKind.CURRENCY), DataType.DECIMAL).problem())
			.contains("more than 4 decimal places");
	}

	@Test
	void yesNoIsBooleanOrItsText() {
		assertThat(convert("true", column(ColumnKind.BOOLEAN), DataType.BOOLEAN)).isEqualTo(ok("true"));
		assertThat(convert("false", column(ColumnKind.BOOLEAN), DataType.STRING)).isEqualTo(ok("false"));
		assertThat(convert("\"maybe\"", column(ColumnKind.BOOLEAN), DataType.BOOLEAN).problem())
			.isEqualTo("'maybe' is not yes or no");
	}

	@Test
	void aDateTimeIsTheInstantGraphSends() {
		assertThat(convert("\"2024-03-31T14:05:00Z\"", column(ColumnKind.DATE_TIME), DataType.DATETIME))
			.isEqualTo(ok("2024-03-31T14:05:00.000Z"));
		assertThat(convert("\"yesterday\"", column(ColumnKind.DATE_TIME), DataType.DATETIME).problem())
			.isEqualTo("'yesterday' is not a date and time");
	}

	@Test
	void aDateOnlyValueIsItsDateInTheSitesZoneAtMidnight() {
		// Midnight of 1 April in Berlin (summer time) is 22:00 UTC the day before.
		ListColumn dateOnly = new ListColumn("Due", "Due", ColumnKind.DATE_TIME, true, false, null, null, false, false);
		assertThat(convert("\"2024-03-31T22:00:00Z\"", dateOnly, DataType.DATETIME))
			.isEqualTo(ok("2024-04-01T00:00:00.000Z"));
		assertThat(SharePointValues.convert(json("\"2024-03-31T22:00:00Z\""), dateOnly, DataType.DATETIME,
				ZoneId.of("UTC"), NAMES))
			.isEqualTo(ok("2024-03-31T00:00:00.000Z"));
	}

	@Test
	void aPersonIsTheirDisplayName() {
		ListColumn person = column(ColumnKind.PERSON);
		assertThat(SharePointValues.fieldName(person)).isEqualTo("ColLookupId");
		assertThat(convert("7", person, DataType.STRING)).isEqualTo(ok("Ada Lovelace"));
		assertThat(convert("\"7\"", person, DataType.STRING)).isEqualTo(ok("Ada Lovelace"));
		assertThat(convert("8", person, DataType.STRING).problem()).isEqualTo("no person with id '8'");
	}

	@Test
	void aLookupIsTheLookedUpItemsColumn() {
		ListColumn lookup = new ListColumn("Client", "Client", ColumnKind.LOOKUP, false, false, "clients", "Title",
				false, false);
		assertThat(convert("3", lookup, DataType.STRING)).isEqualTo(ok("Contoso"));
		assertThat(convert("4", lookup, DataType.STRING).problem()).isEqualTo("no item with id '4'");
	}

	@Test
	void calculatedAndOtherColumnsConvertToNothing() {
		assertThat(SharePointValues.targets(ColumnKind.CALCULATED)).isEmpty();
		assertThat(SharePointValues.targets(ColumnKind.OTHER)).isEmpty();
		assertThat(SharePointValues.targets(ColumnKind.NUMBER)).doesNotContain(DataType.STRING);
		assertThat(SharePointValues.targets(ColumnKind.BOOLEAN)).contains(DataType.BOOLEAN, DataType.STRING);
	}

	private static Cell ok(String text) {
		return Cell.of(text);
	}

	private static Cell convert(String json, ListColumn column, DataType type) {
		return SharePointValues.convert(json(json), column, type, BERLIN, NAMES);
	}

	private static JsonNode json(String json) {
		return JSON.readTree(json);
	}

	static ListColumn column(ColumnKind kind) {
		return new ListColumn("Col", "Col", kind, false, false, null, null, false, false);
	}

}
