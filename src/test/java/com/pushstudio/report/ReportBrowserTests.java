package com.pushstudio.report;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import com.pushstudio.powerbi.PowerBiClient;
import com.pushstudio.powerbi.Workspace;
import com.pushstudio.web.Browser;
import com.pushstudio.web.BrowserTest;
import com.pushstudio.web.DesignerPage;
import com.pushstudio.web.SignedInPerson;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.pushstudio.web.SignedInPerson.ADA;

/**
 * A person creates a report from the sandbox's seeded template on their dataset's page,
 * opens it, and sees the rows pushed into the dataset.
 */
// The seeded template's dataset is not in Ada's record: its columns are known only where
// Power BI tells them, so the sandbox is asked to, as a Power BI might.
@BrowserTest(properties = "push-studio.sandbox.powerbi.get-tables-columns=true")
class ReportBrowserTests {

	@Autowired
	PowerBiClient powerBi;

	@Test
	void aReportFromTheTemplateShowsTheRowsPushedIntoTheDataset(Browser browser) {
		Page page = SignedInPerson.ada(browser);
		String datasetId = DesignerPage.open(page)
			.name("Regional sales")
			.table(1, "Sales", "Date:DateTime", "Region:String", "Amount:Double")
			.create("Regional sales");
		this.powerBi.postRows(ADA, Workspace.MY_WORKSPACE, datasetId, "Sales",
				List.of(Map.of("Date", "2025-04-01T00:00:00.000Z", "Region", "Z\u00fcrich", "Amount", 1500.25),
						Map.of("Date", "2025-04-02T00:00:00.000Z", "Region", "Oslo", "Amount", 320.5),
						Map.of("Date", "2025-04-02T00:00:00.000Z", "Region", "Z\u00fcrich", "Amount", 79.5)));
		page.reload();
		assertThat(page.getByTestId("row-count")).hasText("3");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create report")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Create report"))).isVisible();
		page.getByLabel("Search templates").fill("overview");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search").setExact(true)).click();
		assertThat(page.getByLabel("Search templates")).hasValue("overview");
		Locator templates = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Template report"));
		templates.getByLabel("Sales overview (template)").check();
		page.getByLabel("Report name").fill("Sales by region");
		page.getByLabel("Target workspace").selectOption(new SelectOption().setLabel("My workspace"));
		Browser.screenshot(page, "report-new");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create report").setExact(true)).click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Report created"))).isVisible();
		assertThat(page.getByTestId("report-created"))
			.hasText("\u201cSales by region\u201d was created by cloning the template onto this dataset.");
		Page report = page.waitForPopup(
				() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open report")).click());

		assertThat(report.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sales by region")))
			.isVisible();
		assertThat(report.getByText("Dataset: Regional sales")).isVisible();
		assertThat(report.getByText("3 rows")).isVisible();
		assertThat(report.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Sum of Amount by Date"))
			.locator("text")).hasText(new String[] { "2025-04-01", "2025-04-02" });
		Locator sales = report.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Sales"));
		Locator rows = sales.locator("tbody").getByRole(AriaRole.ROW);
		assertThat(rows.nth(0).getByRole(AriaRole.CELL))
			.hasText(new String[] { "2025-04-01T00:00:00.000Z", "Z\u00fcrich", "1500.25" });
		assertThat(rows.nth(1).getByRole(AriaRole.CELL))
			.hasText(new String[] { "2025-04-02T00:00:00.000Z", "Oslo", "320.5" });
		assertThat(rows.nth(2).getByRole(AriaRole.CELL))
			.hasText(new String[] { "2025-04-02T00:00:00.000Z", "Z\u00fcrich", "79.5" });
		sales.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Amount")).click();
		assertThat(rows.locator("td:nth-child(3)")).hasText(new String[] { "79.5", "320.5", "1500.25" });
		Browser.screenshot(report, "report");
	}

	@Test
	void aTemplateThatExpectsMoreColumnsIsNamedAndCanBeCreatedAnyway(Browser browser) {
		Page page = SignedInPerson.ada(browser);
		DesignerPage.open(page)
			.name("Regions only")
			.table(1, "Sales", "Date:DateTime", "Region:String")
			.create("Regions only");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create report")).click();
		page.getByLabel("Sales overview (template)").check();
		page.getByLabel("Report name").fill("Regions at a glance");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create report").setExact(true)).click();

		Locator warning = page.getByTestId("schema-warnings");
		assertThat(warning).containsText(
				"The template \u201cSales overview (template)\u201d uses tables or columns this dataset does not have:");
		assertThat(warning.getByRole(AriaRole.LISTITEM))
			.hasText(new String[] { "Column Amount is missing from table Sales." });
		Browser.screenshot(page, "report-schema-warning");
		warning.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create anyway")).click();

		assertThat(page.getByTestId("report-created"))
			.hasText("\u201cRegions at a glance\u201d was created by cloning the template onto this dataset.");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open report"))).isVisible();
	}

}
