package com.pushstudio.upload;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.pushstudio.sandbox.powerbi.SandboxTableRows;
import com.pushstudio.web.Browser;
import com.pushstudio.web.BrowserTest;
import com.pushstudio.web.DesignerPage;
import com.pushstudio.web.SignedInPerson;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A person uploads a CSV file into a table of their dataset in a real browser, checks how
 * it is read, pushes it and watches it finish; the sandbox then holds the file's rows,
 * value for value. A file with bad lines is refused line by line and nothing is sent.
 */
@BrowserTest
class UploadBrowserTests {

	private static final int ROWS = 25_001;

	private static final String[] CITIES = { "Oslo", "Z\u00fcrich \u2014 \u6771\u4eac", "Paris, France",
			"S\u00e3o Paulo" };

	private static final Instant START = Instant.parse("2025-03-01T00:00:00Z");

	private static final DateTimeFormatter POWER_BI_DATETIME = DateTimeFormatter
		.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	@Autowired
	SandboxTableRows tableRows;

	@Test
	void aPersonUploadsTwentyFiveThousandAndOneRowsAndTheTableHoldsExactlyTheFile(Browser browser) throws IOException {
		Path file = write("city-sales.csv", csv(ROWS));
		Page page = SignedInPerson.ada(browser, (window) -> window.setTimezoneId("Europe/Oslo"));
		String datasetId = designCitySales(page, "City sales");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Upload a CSV into Sales")).click();
		assertThat(page.getByRole(AriaRole.HEADING)).hasText("Upload a CSV file into Sales");
		page.getByLabel("CSV file").setInputFiles(file);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload file")).click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("city-sales.csv into Sales");
		assertThat(page.getByLabel("Delimiter")).hasValue(",");
		assertThat(page.getByLabel("First line")).hasValue("yes");
		assertThat(page.getByLabel("Encoding")).hasValue("UTF-8");
		for (String column : List.of("Id", "City", "Note", "Amount", "When")) {
			assertThat(page.getByLabel(column, new Page.GetByLabelOptions().setExact(true))).hasValue(column);
		}
		Locator firstRow = page.getByTestId("preview").getByRole(AriaRole.ROW).nth(1).getByRole(AriaRole.CELL);
		// The preview shows each value as Power BI will, the time in the browser's zone.
		assertThat(firstRow).hasText(new String[] { "1", "Z\u00fcrich \u2014 \u6771\u4eac", "first line\nsecond line",
				"1.1", "2025-03-01 01:01:00" });
		assertThat(page.getByLabel("Keep them and add the file's rows")).isChecked();
		Browser.screenshot(page, "upload-mapping");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check and push")).click();

		assertThat(page.getByTestId("progress")).hasAttribute("aria-valuenow", "100",
				new LocatorAssertions.HasAttributeOptions().setTimeout(180_000));
		assertThat(page.getByTestId("state")).hasText("Done");
		assertThat(page.getByTestId("rows-checked")).hasText("25,001");
		assertThat(page.getByTestId("rows-sent")).hasText("25,001 of 25,001");
		assertThat(page.getByText("Done: 25,001 rows are in Sales.")).isVisible();
		Browser.screenshot(page, "upload-done");

		// Several batches go at once, so rows land in batches out of file order: compare
		// by id.
		List<List<String>> stored = this.tableRows.rows(datasetId, "Sales")
			.stream()
			.map(this::stored)
			.sorted(java.util.Comparator.comparingLong((List<String> row) -> Long.parseLong(row.get(0))))
			.toList();
		Assertions.assertThat(stored).hasSize(ROWS);
		for (int i = 1; i <= ROWS; i++) {
			Assertions.assertThat(stored.get(i - 1)).as("row with id %d", i).isEqualTo(sent(i));
		}
	}

	@Test
	void aFileWithBadLinesIsRefusedLineByLineAndNothingIsSent(Browser browser) throws IOException {
		Path file = write("bad-sales.csv",
				String.join("\r\n", "Id,City,Note,Amount,When", "1,Oslo,fine,1.5,2025-03-01T00:00:00Z",
						"abc,Oslo,not an id,2.5,2025-03-01T00:00:00Z", "3,Oslo,no such day,3.5,2025-02-30T00:00:00Z",
						"4,Oslo,\"two\nlines\",4.5,2025-03-01T00:00:00Z",
						"5,Oslo,two points,1.234.5,2025-03-01T00:00:00Z", "6,Oslo,too few", "")
					.getBytes(StandardCharsets.UTF_8));
		Page page = SignedInPerson.ada(browser);
		String datasetId = designCitySales(page, "City sales with bad lines");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Upload a CSV into Sales")).click();
		page.getByLabel("CSV file").setInputFiles(file);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload file")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check and push")).click();

		Locator errors = page.getByTestId("errors");
		assertThat(page.getByTestId("state")).hasText("Waiting for your choice");
		assertThat(errors.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(2)))
			.hasText("4 problems found; nothing has been sent");
		Locator rows = errors.getByTestId("error-lines").getByRole(AriaRole.ROW);
		assertThat(rows.nth(1).getByRole(AriaRole.CELL))
			.hasText(new String[] { "3", "Id", "abc", "is not a whole number" });
		assertThat(rows.nth(2).getByRole(AriaRole.CELL)).hasText(new String[] { "4", "When", "2025-02-30T00:00:00Z",
				"is not an ISO-8601 date-time (like 2024-03-31 or 2024-03-31T14:05:00Z)" });
		assertThat(rows.nth(3).getByRole(AriaRole.CELL))
			.hasText(new String[] { "7", "Amount", "1.234.5", "is not a number (remove the thousands separators)" });
		assertThat(rows.nth(4).getByRole(AriaRole.CELL))
			.hasText(new String[] { "8", "", "", "has 3 fields but the header has 5" });
		assertThat(page.getByTestId("rows-sent")).hasText("0 of 2");
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Push only the 2 valid rows")))
			.isVisible();
		Browser.screenshot(page, "upload-refused");
		Assertions.assertThat(this.tableRows.count(datasetId, "Sales")).isZero();
	}

	/** A dataset named for the test: a second one of one name would first ask. */
	private static String designCitySales(Page page, String datasetName) {
		return DesignerPage.open(page)
			.name(datasetName)
			.table(1, "Sales", "Id:Int64", "City:String", "Note:String", "Amount:Double", "When:DateTime")
			.create(datasetName);
	}

	/**
	 * A file as spreadsheets write them: a BOM, CRLF, quoted commas and quotes, a line
	 * break inside a quoted value, and text beyond Latin-1.
	 */
	private static byte[] csv(int rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		StringBuilder text = new StringBuilder("Id,City,Note,Amount,When\r\n");
		for (int i = 1; i <= rows; i++) {
			List<String> row = new ArrayList<>(sent(i));
			row.set(4, START.plusSeconds(60L * i).toString());
			text.append(row.stream().map(UploadBrowserTests::quoted).collect(Collectors.joining(","))).append("\r\n");
		}
		out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	/**
	 * Row {@code i} as Power BI should hold it; the file has the same values, with the
	 * time as {@code 2025-03-01T00:01:00Z}.
	 */
	private static List<String> sent(int i) {
		String note = (i % 1000 == 1) ? "first line\nsecond line" : (i % 7 == 0) ? "said \"hi\", twice" : "note " + i;
		String amount = ((i % 3 == 0) ? "-" : "") + i + "." + (i % 10);
		return List.of(Integer.toString(i), CITIES[i % CITIES.length], note, amount,
				POWER_BI_DATETIME.format(START.plusSeconds(60L * i)));
	}

	private List<String> stored(Map<String, Object> row) {
		return Stream.of("Id", "City", "Note", "Amount", "When").map((column) -> {
			Object value = row.get(column);
			return (value instanceof Number number) ? new BigDecimal(number.toString()).toString()
					: String.valueOf(value);
		}).toList();
	}

	private static String quoted(String value) {
		return (value.contains(",") || value.contains("\"") || value.contains("\n"))
				? "\"" + value.replace("\"", "\"\"") + "\"" : value;
	}

	private static Path write(String name, byte[] content) throws IOException {
		Path file = Path.of("target", "upload-browser-tests", name);
		Files.createDirectories(file.getParent());
		return Files.write(file, content);
	}

}
