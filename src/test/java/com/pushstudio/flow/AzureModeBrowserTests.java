package com.pushstudio.flow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.pushstudio.sandbox.powerbi.SandboxTableRows;
import com.pushstudio.support.SandboxCloud;
import com.pushstudio.web.Browser;
import com.pushstudio.web.BrowserTest;
import com.pushstudio.web.DesignerPage;
import com.pushstudio.web.SignedInPerson;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The whole flow in azure mode, against the sandbox started as a separate cloud that
 * answers Get Tables with table names only, as Power BI does: a person signs in, designs
 * a dataset, uploads a CSV that lands exactly, adds a column to the table without losing
 * one, uploads into the new column, and creates a report.
 */
@BrowserTest(webEnvironment = WebEnvironment.DEFINED_PORT)
class AzureModeBrowserTests {

	private static final SandboxCloud cloud = SandboxCloud.start(SandboxCloud.freePort(),
			"push-studio.sandbox.powerbi.get-tables-columns=false");

	@DynamicPropertySource
	static void azureMode(DynamicPropertyRegistry registry) {
		cloud.azureMode(registry);
	}

	@AfterAll
	static void stopCloud() {
		cloud.close();
	}

	@Test
	void aPersonDesignsUploadsChangesTheSchemaAndReportsAgainstAPowerBiThatTellsOnlyTableNames(Browser browser)
			throws IOException {
		Page page = SignedInPerson.ada(browser);
		String datasetId = DesignerPage.open(page)
			.name("Regional sales")
			.table(1, "Sales", "Date:DateTime", "Region:String", "Amount:Double")
			.create("Regional sales");
		Locator columns = page.getByRole(AriaRole.TABLE).first().locator("tbody td:first-child");
		assertThat(columns).hasText(new String[] { "Date", "Region", "Amount" });

		upload(page, "sales.csv", "Date,Region,Amount\n2025-04-01T00:00:00Z,Z\u00fcrich,1500.25\n"
				+ "2025-04-02T00:00:00Z,Oslo,320.5\n2025-04-02T00:00:00Z,Z\u00fcrich,79.5\n", 3);
		SandboxTableRows rows = cloud.bean(SandboxTableRows.class);
		Assertions.assertThat(rows.rows(datasetId, "Sales"))
			.extracting((row) -> List.of(row.get("Region"), row.get("Amount")))
			.containsExactly(List.of("Z\u00fcrich", 1500.25), List.of("Oslo", 320.5), List.of("Z\u00fcrich", 79.5));

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change the schema of Sales")).click();
		assertThat(page.getByLabel("Column 3 name", new Page.GetByLabelOptions().setExact(true))).hasValue("Amount");
		submit(page, "Add column");
		page.getByLabel("Column 4 name", new Page.GetByLabelOptions().setExact(true)).fill("Note");
		page.getByLabel("Column 4 type", new Page.GetByLabelOptions().setExact(true)).selectOption("String");
		submit(page, "Save changes");
		page.waitForURL("**/datasets/" + datasetId);
		assertThat(page.getByText("The schema of table \u201cSales\u201d was changed.")).isVisible();
		assertThat(columns).hasText(new String[] { "Date", "Region", "Amount", "Note" });

		upload(page, "notes.csv", "Date,Region,Amount,Note\n2025-04-03T00:00:00Z,Oslo,12.5,late order\n", 4);
		Assertions.assertThat(rows.rows(datasetId, "Sales"))
			.extracting((row) -> row.get("Note"))
			.containsExactly(null, null, null, "late order");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create report")).click();
		page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Template report"))
			.getByLabel("Sales overview (template)")
			.check();
		page.getByLabel("Report name").fill("Sales by region");
		submit(page, "Create report");
		page.waitForURL("**/reports/created**");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Report created"))).isVisible();
		Page report = page.waitForPopup(
				() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open report")).click());
		assertThat(report.getByText("Dataset: Regional sales")).isVisible();
		assertThat(report.getByText("4 rows")).isVisible();
	}

	/**
	 * Presses a form's button and waits for the answer to the POST it causes, so the next
	 * step never acts on the page being left.
	 */
	private static void submit(Page page, String button) {
		page.waitForResponse((response) -> response.request().method().equals("POST"),
				() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true))
					.click());
	}

	/** Uploads a file into Sales from its dataset page and waits until it is done. */
	private static void upload(Page page, String name, String csv, int rowsAfter) throws IOException {
		Path file = Files.createTempDirectory("azure-mode").resolve(name);
		Files.writeString(file, csv, StandardCharsets.UTF_8);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Upload a CSV into Sales")).click();
		page.getByLabel("CSV file").setInputFiles(file);
		submit(page, "Upload file");
		page.waitForURL("**/mapping");
		submit(page, "Check and push");
		assertThat(page.getByTestId("state")).hasText("Done",
				new LocatorAssertions.HasTextOptions().setTimeout(60_000));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Datasets").setExact(true)).first().click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Regional sales")).click();
		assertThat(page.getByTestId("row-count")).hasText(String.valueOf(rowsAfter));
	}

}
