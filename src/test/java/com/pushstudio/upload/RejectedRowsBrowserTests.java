package com.pushstudio.upload;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.pushstudio.sandbox.powerbi.SandboxTableRows;
import com.pushstudio.web.Browser;
import com.pushstudio.web.BrowserTest;
import com.pushstudio.web.DesignerPage;
import com.pushstudio.web.SignedInPerson;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A person pushes the valid rows of a file, downloads the rejected ones from the error
 * report, fixes them and uploads them into the same table: the table ends with exactly
 * the file's rows, each once, value for value.
 */
@BrowserTest
class RejectedRowsBrowserTests {

	private static final int ROWS = 40;

	private static final String[] CITIES = { "Oslo", "Paris, France", "Z\u00fcrich \"Z\"", "S\u00e3o Paulo" };

	private static final Instant START = Instant.parse("2025-03-01T00:00:00Z");

	private static final DateTimeFormatter POWER_BI_DATETIME = DateTimeFormatter
		.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private static final Pattern UPLOAD_PAGE = Pattern.compile(".*/tables/Sales/upload$");

	private static final Pattern MAPPING_PAGE = Pattern.compile(".*/uploads/[^/]+/mapping$");

	private static final Pattern PROGRESS_PAGE = Pattern.compile(".*/uploads/([^/]+)$");

	private static final Pattern NOTE = Pattern.compile("note (\\d+)(\\nsecond line)?");

	private static final LocatorAssertions.HasTextOptions A_MINUTE = new LocatorAssertions.HasTextOptions()
		.setTimeout(60_000);

	@Autowired
	SandboxTableRows tableRows;

	@Test
	void theRejectedRowsDownloadedFixedAndUploadedAgainCompleteTheTableExactly(Browser browser) throws IOException {
		Page page = SignedInPerson.ada(browser);
		String datasetName = "Rejected rows " + System.nanoTime();
		String datasetId = DesignerPage.open(page)
			.name(datasetName)
			.table(1, "Sales", "Id:Int64", "City:String", "Note:String", "Amount:Double", "When:DateTime")
			.create(datasetName);

		String first = upload(page, write("orders.csv", withBadRows()));
		assertThat(page.getByTestId("state")).hasText("Waiting for your choice", A_MINUTE);
		assertThat(page.getByTestId("rows-with-errors")).hasText("6");
		Locator amount = page.getByTestId("error-groups").getByRole(AriaRole.ROW).nth(1);
		assertThat(amount.getByRole(AriaRole.ROWHEADER)).hasText("Amount");
		assertThat(amount.getByRole(AriaRole.CELL).first()).hasText("3");
		assertThat(amount.getByRole(AriaRole.LISTITEM))
			.hasText(new String[] { "line 5: \u201clots\u201d is not a number",
					"line 14: \u201c1,5\u201d is not a number", "line 38: \u201cn/a\u201d is not a number" });
		Browser.screenshot(page, "upload-error-report");
		Download download = page.waitForDownload(() -> page.getByTestId("download-rejected").click());
		byte[] rejected = Files.readAllBytes(download.path());

		List<List<String>> rows = records(rejected);
		Assertions.assertThat(rows.get(0)).containsExactly("Id", "City", "Note", "Amount", "When", "Rejected because");
		Assertions.assertThat(rows.subList(1, rows.size()))
			.extracting((row) -> row.get(row.size() - 1))
			.containsExactly("line 5, Amount: is not a number",
					"line 10, When: is not an ISO-8601 date-time (like 2024-03-31 or 2024-03-31T14:05:00Z)",
					"line 14, Amount: is not a number", "line 23, Id: is not a whole number",
					"line 33: has 3 fields but the header has 5",
					"line 38, Amount: is not a number; line 38, When: is not an ISO-8601 date-time "
							+ "(like 2024-03-31 or 2024-03-31T14:05:00Z)");
		Assertions.assertThat(rows.get(3)).startsWith("13", CITIES[1], "note 13\nsecond line", "1,5");

		page.waitForResponse((response) -> isProgressPage(response.url(), first),
				() -> page
					.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Push only the 34 valid rows"))
					.click());
		assertThat(page.getByTestId("state")).hasText("Done", A_MINUTE);
		Assertions.assertThat(this.tableRows.count(datasetId, "Sales")).isEqualTo(34);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the dataset")).click();
		page.waitForURL(Pattern.compile(".*/datasets/" + datasetId + "$"));
		upload(page, write("orders - fixed.csv", fixed(rejected)));
		assertThat(page.getByTestId("state")).hasText("Done", A_MINUTE);
		assertThat(page.getByTestId("rows-sent")).hasText("6 of 6");

		List<List<String>> stored = this.tableRows.rows(datasetId, "Sales")
			.stream()
			.map(RejectedRowsBrowserTests::stored)
			.sorted(Comparator.comparingLong((List<String> row) -> Long.parseLong(row.get(0))))
			.toList();
		Assertions.assertThat(stored).hasSize(ROWS);
		for (int i = 1; i <= ROWS; i++) {
			Assertions.assertThat(stored.get(i - 1)).as("row with id %d", i).isEqualTo(sent(i));
		}
	}

	/**
	 * From the dataset page: the table's upload page, the file, its options as detected
	 * (the rejected rows' reason column maps to no table column), and the check.
	 * @return the upload's id, from its progress page
	 */
	private static String upload(Page page, Path file) {
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Upload a CSV into Sales")).click();
		page.waitForURL(UPLOAD_PAGE);
		page.getByLabel("CSV file").setInputFiles(file);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload file")).click();
		page.waitForURL(MAPPING_PAGE);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check and push")).click();
		page.waitForURL(PROGRESS_PAGE);
		Matcher url = PROGRESS_PAGE.matcher(page.url());
		Assertions.assertThat(url.matches()).isTrue();
		return url.group(1);
	}

	private static boolean isProgressPage(String url, String id) {
		return url.endsWith("/uploads/" + id);
	}

	/**
	 * Six bad rows among forty, as people get them wrong: a word for a number, a relative
	 * date, a decimal comma in a multi-line record, a typo in an id, a row cut short, and
	 * a row wrong twice. Rows 13, 26 and 39 take two lines each.
	 */
	private static byte[] withBadRows() {
		StringWriter text = new StringWriter();
		try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(text)) {
			csv.writeRecord("Id", "City", "Note", "Amount", "When");
			for (int i = 1; i <= ROWS; i++) {
				List<String> row = new ArrayList<>(inFile(i));
				switch (i) {
					case 4 -> row.set(3, "lots");
					case 9 -> row.set(4, "yesterday");
					case 13 -> row.set(3, "1,5");
					case 21 -> row.set(0, "x21");
					case 30 -> row = row.subList(0, 3);
					case 35 -> {
						row.set(3, "n/a");
						row.set(4, "2025-02-30T00:00:00Z");
					}
					default -> {
					}
				}
				csv.writeRecord(row);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * What a person does with the download: corrects each row's values (here, knowing
	 * them by the note) and leaves the reason column where it is.
	 */
	private static byte[] fixed(byte[] rejected) {
		StringWriter text = new StringWriter();
		try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(text)) {
			List<List<String>> rows = records(rejected);
			csv.writeRecord(rows.get(0));
			for (List<String> row : rows.subList(1, rows.size())) {
				Matcher note = NOTE.matcher(row.get(2));
				Assertions.assertThat(note.matches()).as("note of %s", row).isTrue();
				List<String> corrected = new ArrayList<>(inFile(Integer.parseInt(note.group(1))));
				corrected.add(row.get(row.size() - 1));
				csv.writeRecord(corrected);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	private static List<List<String>> records(byte[] csv) {
		Assertions.assertThat(csv).as("a UTF-8 download starts with a BOM").startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
		try (CsvReader<CsvRecord> reader = CsvReader.builder()
			.allowExtraFields(true)
			.allowMissingFields(true)
			.ofCsvRecord(text)) {
			return reader.stream().map(CsvRecord::getFields).toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Row {@code i} as the file has it. */
	private static List<String> inFile(int i) {
		List<String> row = new ArrayList<>(sent(i));
		row.set(4, START.plusSeconds(60L * i).toString());
		return row;
	}

	/** Row {@code i} as Power BI should hold it. */
	private static List<String> sent(int i) {
		String note = "note " + i + ((i % 13 == 0) ? "\nsecond line" : "");
		String amount = ((i % 3 == 0) ? "-" : "") + i + ".5";
		return List.of(Integer.toString(i), CITIES[i % CITIES.length], note, amount,
				POWER_BI_DATETIME.format(START.plusSeconds(60L * i)));
	}

	private static List<String> stored(Map<String, Object> row) {
		return Stream.of("Id", "City", "Note", "Amount", "When").map((column) -> {
			Object value = row.get(column);
			return (value instanceof Number number) ? new BigDecimal(number.toString()).toString()
					: String.valueOf(value);
		}).toList();
	}

	private static Path write(String name, byte[] content) throws IOException {
		Path file = Path.of("target", "upload-browser-tests", name);
		Files.createDirectories(file.getParent());
		return Files.write(file, content);
	}

}
