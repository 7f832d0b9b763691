package com.pushstudio.upload;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.pushstudio.sandbox.powerbi.SandboxFaults;
import com.pushstudio.sandbox.powerbi.SandboxTableRows;
import com.pushstudio.web.Browser;
import com.pushstudio.web.BrowserTest;
import com.pushstudio.web.DesignerPage;
import com.pushstudio.web.SignedInPerson;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A person cancels a running upload in a real browser: they are asked first and told what
 * becomes of the rows, and the progress page says at once that the upload is being
 * cancelled. Power BI (the sandbox) answers slowly here, so the first batch is still on
 * its way when they confirm.
 */
@BrowserTest
class UploadCancelBrowserTests {

	private static final Pattern PROGRESS_PAGE = Pattern.compile(".*/uploads/[^/]+$");

	@Autowired
	SandboxFaults faults;

	@Autowired
	SandboxTableRows tableRows;

	@AfterEach
	void noFaults() {
		this.faults.reset();
	}

	@Test
	void cancellingAsksFirstAndTheProgressPageSaysSoAtOnce(Browser browser) throws IOException {
		Page page = SignedInPerson.ada(browser);
		String datasetId = DesignerPage.open(page)
			.name("Sales to cancel")
			.table(1, "Sales", "Id:Int64", "City:String")
			.create("Sales to cancel");
		this.faults.latency(Duration.ofSeconds(5));
		Path file = Files.createTempDirectory("cancel").resolve("sales.csv");
		Files.writeString(file, "Id,City\n1,Oslo\n2,Bergen\n3,Troms\u00f8\n", StandardCharsets.UTF_8);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Upload a CSV into Sales")).click();
		page.waitForURL("**/upload");
		page.getByLabel("CSV file").setInputFiles(file);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload file")).click();
		page.waitForURL("**/mapping");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check and push")).click();
		page.waitForURL(PROGRESS_PAGE);
		assertThat(page.getByTestId("state")).hasText("Pushing");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cancel upload")).click();
		page.waitForURL("**/cancel");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Cancel the upload of sales.csv?");
		assertThat(page.getByTestId("cancel-effect")).hasText("No row has been sent to Sales yet, and none will be.");
		Browser.screenshot(page, "upload-cancel");
		page.waitForResponse(
				(response) -> response.request().isNavigationRequest() && "POST".equals(response.request().method()),
				() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel the upload"))
					.click());
		page.waitForURL(PROGRESS_PAGE);

		Assertions.assertThat(page.getByTestId("state").textContent())
			.as("the first answer after Cancel")
			.isIn("Cancelling", "Cancelled");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cancel upload"))).not()
			.isAttached();
		assertThat(page.getByTestId("state")).hasText("Cancelled",
				new LocatorAssertions.HasTextOptions().setTimeout(60_000));
		String sent = page.getByTestId("rows-sent").textContent();
		Assertions.assertThat(sent).startsWith(this.tableRows.count(datasetId, "Sales") + " of 3");
	}

}
