package com.pushstudio.upload;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.pushstudio.sandbox.powerbi.SandboxTableRows;
import com.pushstudio.web.Browser;
import com.pushstudio.web.BrowserTest;
import com.pushstudio.web.DesignerPage;
import com.pushstudio.web.MappingPage;
import com.pushstudio.web.Navigation;
import com.pushstudio.web.ProgressPage;
import com.pushstudio.web.SignedInPerson;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Power BI's rows-per-hour limit, compressed to 200 rows in the application and the
 * sandbox alike, so that a push of 1,000 rows must wait after its first 200: the page
 * says so, naming the limit, the date, time and zone it ends, and the time left with the
 * wait in it; Cancel shows at once. An upload that runs cannot be discarded from an
 * options page left open or reached with Back.
 */
@BrowserTest(properties = { "push-studio.upload.limits.rows-per-post=100",
		"push-studio.upload.limits.rows-per-window=200", "push-studio.upload.limits.rows-window=1h",
		"push-studio.sandbox.powerbi.limits.rows-per-window=200", "push-studio.sandbox.powerbi.limits.rows-window=1h" })
class UploadWaitingBrowserTests {

	private static final Pattern NEXT_BATCH = Pattern.compile(".*next batch at (.+)\\.$");

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss z", Locale.ENGLISH);

	@Autowired
	SandboxTableRows tableRows;

	@Test
	void aPushThatMustWaitSaysForWhatUntilWhenAndHowLongAndCancelShowsAtOnce(Browser browser) throws IOException {
		Instant started = Instant.now();
		Page page = SignedInPerson.ada(browser);
		String datasetId = design(page, "Waiting for the hour");

		ProgressPage progress = MappingPage.upload(page, "Sales", write("hour.csv", 1_000)).checkAndPush();
		assertThat(progress.state()).hasText("Waiting for Power BI's limit");
		assertThat(progress.waitReason()).containsText("Power BI's limit of 200 rows per hour");
		Matcher next = NEXT_BATCH.matcher(progress.waitReason().textContent().strip());
		Assertions.assertThat(next.matches()).as(progress.waitReason().textContent()).isTrue();
		// The window opened with the first batch, after the test started; a date and a
		// zone
		// are named.
		ZonedDateTime until = ZonedDateTime.parse(next.group(1), WHEN);
		Assertions.assertThat(until.toInstant())
			.isBetween(started.plus(Duration.ofMinutes(59)), Instant.now().plus(Duration.ofMinutes(61)));
		// Batches of staggered sizes, up to the 200 rows the window allows.
		assertThat(progress.count("Rows sent")).hasText(Pattern.compile("1\\d\\d of 1,000"));
		long sent = sentRows(progress);
		// The rows after the wait come after it: the time left holds the hour.
		assertThat(progress.count("Time left")).hasText(Pattern.compile("(1 h \\d+ min|5\\d min \\d+ s)"));
		// The rate is now's, not an average that falls through the hour's wait.
		assertThat(page.getByTestId("current-rate")).isVisible();
		assertThat(page.getByTestId("average-rate")).hasCount(0);
		Browser.screenshot(page, "upload-waiting");

		progress = progress.cancel();
		assertThat(progress.state()).hasText("Cancelled");
		assertThat(progress.waitReason()).isHidden();
		Assertions.assertThat(this.tableRows.count(datasetId, "Sales")).isEqualTo(sent);
	}

	@Test
	void aRunningUploadCannotBeDiscardedFromItsOptionsPage(Browser browser) throws IOException {
		Page page = SignedInPerson.ada(browser);
		String datasetId = design(page, "Not discarded");
		MappingPage mapping = MappingPage.upload(page, "Sales", write("kept.csv", 1_000));
		// The same options page, left open in a second tab.
		Page stale = page.context().newPage();
		stale.navigate("/uploads/" + mapping.id() + "/mapping");
		assertThat(stale.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Discard this upload")))
			.isVisible();

		ProgressPage progress = mapping.checkAndPush();
		assertThat(progress.state()).hasText("Waiting for Power BI's limit");

		// Back lands on the job, which offers no discard.
		page.goBack();
		assertThat(page).hasURL(Pattern.compile(".*/uploads/" + mapping.id() + "$"));
		assertThat(page.getByTestId("state")).hasText("Waiting for Power BI's limit");
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Discard this upload")))
			.hasCount(0);

		// The stale tab's Discard changes nothing, and says why.
		Navigation.submit(stale,
				stale.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Discard this upload")));
		assertThat(stale.getByText("This upload is past choosing its options")).isVisible();
		assertThat(stale.getByTestId("state")).hasText("Waiting for Power BI's limit");
		assertThat(stale.getByTestId("rows-sent")).hasText(Pattern.compile("1\\d\\d of 1,000"));
		Assertions.assertThat(this.tableRows.count(datasetId, "Sales")).isEqualTo(sentRows(ProgressPage.of(stale)));

		ProgressPage.of(page).cancel();
	}

	/** The rows the page says were sent: what the table must hold. */
	private static long sentRows(ProgressPage progress) {
		return Long.parseLong(progress.count("Rows sent").textContent().strip().split(" of ")[0].replace(",", ""));
	}

	private static String design(Page page, String name) {
		return DesignerPage.open(page).name(name).table(1, "Sales", "Id:Int64", "Name:String").create(name);
	}

	private static Path write(String name, int rows) throws IOException {
		StringBuilder csv = new StringBuilder("Id,Name\n");
		for (int i = 1; i <= rows; i++) {
			csv.append(i).append(",Name ").append(i).append('\n');
		}
		Path file = Path.of("target", "upload-browser-tests", name);
		Files.createDirectories(file.getParent());
		return Files.writeString(file, csv, StandardCharsets.UTF_8);
	}

}
