package com.pushstudio.upload;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.pushstudio.sandbox.powerbi.SandboxTableRows;
import com.pushstudio.web.Browser;
import com.pushstudio.web.BrowserTest;
import com.pushstudio.web.DesignerPage;
import com.pushstudio.web.MappingPage;
import com.pushstudio.web.ProgressPage;
import com.pushstudio.web.SignedInPerson;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A person corrects how a file is read without uploading it again: a wrong encoding on
 * the options page, a wrong decimal separator from the error report; the table then holds
 * exactly the file's rows. The preview reads as Power BI will show the rows, in the
 * person's own time zone, named by their browser.
 */
@BrowserTest
class UploadOptionsBrowserTests {

	private static final String[] CITIES = { "Oslo", "Z\u00fcrich", "K\u00f6ln", "M\u00e1laga",
			"Stra\u00dfe 5 \u20ac" };

	@Autowired
	SandboxTableRows tableRows;

	@Test
	void aWrongEncodingIsSaidOnTheOptionsPageAndOnceCorrectedTheFileLandsExactly(Browser browser) throws IOException {
		Path file = write("cities-1252.csv", cities(400, "."), Charset.forName("windows-1252"));
		Page page = SignedInPerson.ada(browser);
		String datasetId = design(page, "Cities in Windows-1252");

		MappingPage mapping = MappingPage.upload(page, "Sales", file).choose("Encoding", "UTF-8").updatePreview();
		// The first non-ASCII byte is on line 3; the options stay to be changed.
		assertThat(mapping.problems()).containsText("line 3: is not valid UTF-8 text");
		assertThat(mapping.option("Encoding")).isEnabled();
		assertThat(mapping.button("Check and push")).isHidden();

		mapping = mapping.choose("Encoding", "windows-1252").updatePreview().assertReadable();
		assertThat(mapping.previewRow(2)).hasText(new String[] { "2", "Z\u00fcrich", "2.5" });
		ProgressPage progress = mapping.checkAndPush().awaitState("Done");
		assertThat(progress.count("Rows sent")).hasText("400 of 400");

		Assertions.assertThat(stored(datasetId)).isEqualTo(expected(400));
	}

	@Test
	void aWrongDecimalSeparatorIsCorrectedFromTheErrorReportWithoutUploadingAgain(Browser browser) throws IOException {
		Path file = write("preise.csv", cities(300, ","), StandardCharsets.UTF_8);
		Page page = SignedInPerson.ada(browser);
		String datasetId = design(page, "Prices with a decimal comma");

		ProgressPage report = MappingPage.upload(page, "Sales", file)
			.choose("Decimal separator", ".")
			.checkAndPush()
			.awaitState("Waiting for your choice");
		assertThat(report.errors().getByTestId("error-hint")).containsText("decimal comma");
		Assertions.assertThat(this.tableRows.count(datasetId, "Sales")).isZero();

		MappingPage mapping = report.changeHowTheFileIsRead();
		assertThat(mapping.option("Decimal separator")).hasValue(".");
		mapping = mapping.choose("Decimal separator", ",").updatePreview().assertReadable();
		assertThat(mapping.previewRow(2)).hasText(new String[] { "2", "Z\u00fcrich", "2.5" });
		ProgressPage progress = mapping.checkAndPush().awaitState("Done");
		assertThat(progress.count("Rows sent")).hasText("300 of 300");

		Assertions.assertThat(stored(datasetId)).isEqualTo(expected(300));
	}

	@Test
	void thePreviewShowsTheFirstRowsAsPowerBiWillInTheBrowsersTimeZone(Browser browser) throws IOException {
		Path file = write("preview.csv", PREVIEW, StandardCharsets.UTF_8);
		Page page = SignedInPerson.ada(browser, (window) -> window.setTimezoneId("Europe/Berlin"));
		designAllTypes(page, "Preview in Berlin");

		MappingPage mapping = MappingPage.upload(page, "Sales", file);
		assertThat(mapping.option("Time zone")).hasValue("Europe/Berlin");
		assertThat(mapping.preview().locator("thead th")).hasText(new String[] { "Line", "Id Int64", "City String",
				"Note String", "Amount Decimal", "Paid Boolean", "When DateTime" });
		assertThat(mapping.previewRow(1))
			.hasText(new String[] { "1", "Z\u00fcrich", "said \"hi\"", "1,234.5", "True", "2025-03-01 10:00:00" });
		// An empty cell stays empty; a time given in UTC shows in Berlin.
		assertThat(mapping.previewRow(2))
			.hasText(new String[] { "2", "Oslo", "", "-0.25", "False", "2025-03-01 10:00:00" });
		assertThat(mapping.previewRow(3)).hasText(new String[] { "3", "Paris", "fine", "abc Not sent: is not a number",
				"True", "2025-07-01 12:30:00.500" });
		assertThat(mapping.previewRow(4))
			.hasText(new String[] { "Not sent: the row has 3 fields but the header has 6" });
		assertThat(mapping.preview().getByRole(AriaRole.ROWHEADER)).hasText(new String[] { "2", "3", "4", "5" });

		// Another zone is one choice away, and the preview follows it.
		mapping = mapping.choose("Time zone", "America/New_York").updatePreview();
		assertThat(mapping.option("Time zone")).hasValue("America/New_York");
		assertThat(mapping.previewRow(2))
			.hasText(new String[] { "2", "Oslo", "", "-0.25", "False", "2025-03-01 04:00:00" });
		Browser.screenshot(page, "upload-preview");
	}

	@Test
	void withoutJavaScriptANewUploadReadsTimesInUtcAndSaysSo(Browser browser) throws IOException {
		Path file = write("preview-utc.csv", PREVIEW, StandardCharsets.UTF_8);
		Page signedIn = SignedInPerson.ada(browser);
		String datasetId = designAllTypes(signedIn, "Preview without scripts");
		String cookies = signedIn.context().storageState();
		Page page = browser.newPage(
				(window) -> window.setJavaScriptEnabled(false).setTimezoneId("Europe/Berlin").setStorageState(cookies));
		page.navigate("/datasets/" + datasetId);

		MappingPage mapping = MappingPage.upload(page, "Sales", file);
		assertThat(mapping.option("Time zone")).hasValue("UTC");
		assertThat(page.getByText("or in UTC when the browser does not say")).isVisible();
		assertThat(mapping.previewRow(1))
			.hasText(new String[] { "1", "Z\u00fcrich", "said \"hi\"", "1,234.5", "True", "2025-03-01 10:00:00" });
		assertThat(mapping.previewRow(2))
			.hasText(new String[] { "2", "Oslo", "", "-0.25", "False", "2025-03-01 09:00:00" });
	}

	/**
	 * Every type; a time without an offset and one in UTC; a cell that will not convert
	 * and a row that is too short.
	 */
	private static final String PREVIEW = String.join("\n", "Id,City,Note,Amount,Paid,When",
			"1,Z\u00fcrich,\"said \"\"hi\"\"\",1234.50,1,2025-03-01T10:00:00", "2,Oslo,,-0.25,no,2025-03-01T09:00:00Z",
			"3,Paris,fine,abc,true,2025-07-01T12:30:00.5", "4,Rome,short", "");

	private static String design(Page page, String name) {
		return DesignerPage.open(page)
			.name(name)
			.table(1, "Sales", "Id:Int64", "City:String", "Price:Double")
			.create(name);
	}

	private static String designAllTypes(Page page, String name) {
		return DesignerPage.open(page)
			.name(name)
			.table(1, "Sales", "Id:Int64", "City:String", "Note:String", "Amount:Decimal", "Paid:Boolean",
					"When:DateTime")
			.create(name);
	}

	/** Id;City;Price with a semicolon, prices written with {@code decimal}. */
	private static String cities(int rows, String decimal) {
		StringBuilder csv = new StringBuilder("Id;City;Price\r\n");
		for (int i = 1; i <= rows; i++) {
			List<String> row = expectedRow(i);
			csv.append(row.get(0))
				.append(';')
				.append(row.get(1))
				.append(';')
				.append(row.get(2).replace(".", decimal))
				.append("\r\n");
		}
		return csv.toString();
	}

	private static List<String> expectedRow(int i) {
		return List.of(Integer.toString(i), CITIES[(i - 1) % CITIES.length], i + "." + ((i % 4) * 25));
	}

	private static List<List<String>> expected(int rows) {
		return Stream.iterate(1, (i) -> i + 1).limit(rows).map(UploadOptionsBrowserTests::expectedRow).map((row) -> {
			// Power BI keeps 2.50 as 2.5, and 3.0 as 3.
			return List.of(row.get(0), row.get(1), new BigDecimal(row.get(2)).stripTrailingZeros().toPlainString());
		}).toList();
	}

	/** The table's rows by id: several batches in flight land out of file order. */
	private List<List<String>> stored(String datasetId) {
		return this.tableRows.rows(datasetId, "Sales")
			.stream()
			.map(UploadOptionsBrowserTests::stored)
			.sorted(Comparator.comparingLong((List<String> row) -> Long.parseLong(row.get(0))))
			.toList();
	}

	private static List<String> stored(Map<String, Object> row) {
		return Stream.of("Id", "City", "Price").map((column) -> {
			Object value = row.get(column);
			return (value instanceof Number number)
					? new BigDecimal(number.toString()).stripTrailingZeros().toPlainString() : String.valueOf(value);
		}).toList();
	}

	private static Path write(String name, String content, Charset charset) throws IOException {
		Path file = Path.of("target", "upload-browser-tests", name);
		Files.createDirectories(file.getParent());
		return Files.write(file, content.getBytes(charset));
	}

}
