package com.pushstudio.flow;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import com.pushstudio.sandbox.powerbi.SandboxTableRows;
import com.pushstudio.web.Browser;
import com.pushstudio.web.BrowserTest;
import com.pushstudio.web.DesignerPage;
import com.pushstudio.web.Navigation;
import com.pushstudio.web.SignedInPerson;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A person keeps the sandbox's project lists in a table: from the table's SharePoint link
 * they allow Push Studio to read sites, find the site Projects, take every list named
 * like "Project *", preview, create the source and sync it; the sandbox report of the
 * dataset then holds as many rows as the source page counts items.
 */
@Disabled("runs once the engine lands: the SharePoint source service, the Graph client and the sandbox's Graph")
@BrowserTest
class SharePointSourceBrowserTests {

	private static final String TABLE = "Project hours";

	private static final Pattern CONSENT_PAGE = Pattern.compile(".*/oauth2/v2\\.0/authorize.*");

	@Autowired
	SandboxTableRows tableRows;

	@Test
	void aRuleTakesTheProjectListsAndASyncLandsTheirItemsInTheReport(Browser browser) {
		Page page = SignedInPerson.ada(browser, (window) -> window.setTimezoneId("Europe/Oslo"));
		// The columns of the sandbox's seeded project lists, and one for each row's list.
		String datasetId = DesignerPage.open(page)
			.name("Project time")
			.table(1, TABLE, "Title:String", "Status:String", "Hours:Double", "Budget:Double", "Billable:Boolean",
					"Due:DateTime", "Logged:DateTime", "Owner:String", "Client:String", "List:String")
			.create("Project time");

		Navigation.follow(page, link(page, "Keep SharePoint lists in " + TABLE));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("SharePoint lists into " + TABLE + ": choose a site");
		page.getByLabel("Site name").fill("Projects");
		Navigation.follow(page, button(page, "Search"));

		// Reading sites is asked for only now, and the page says why before it is.
		Locator consent = page.getByTestId("consent");
		assertThat(consent).containsText("Sites.Read.All");
		Browser.screenshot(page, "source-consent");
		page.waitForResponse((response) -> CONSENT_PAGE.matcher(response.url()).matches(),
				() -> link(page, "Allow access to SharePoint").click());
		page.getByLabel("Ada Lovelace").check();
		page.waitForResponse((response) -> "POST".equals(response.request().method())
				&& CONSENT_PAGE.matcher(response.url()).matches(), () -> button(page, "Accept").click());

		// Consent comes back to the search that needed it.
		Locator sites = page.getByTestId("sites");
		assertThat(sites).containsText("Projects");
		Browser.screenshot(page, "source-sites");
		Navigation.follow(page,
				sites.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Use this site: Projects")));

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Lists of Projects into " + TABLE);
		assertThat(page.getByLabel("Site time zone")).hasValue("Europe/Oslo");
		page.getByLabel("Lists whose name matches").check();
		page.getByLabel("Name pattern").fill("Project *");
		page.getByLabel("Column for the list\u2019s name").selectOption(new SelectOption().setLabel("List"));
		Navigation.submit(page, button(page, "Preview"));

		Locator preview = page.getByTestId("preview-lists");
		assertThat(preview.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Project ")).first())
			.containsText("Yes");
		assertThat(page.getByLabel("Name pattern")).hasValue("Project *");
		Browser.screenshot(page, "source-preview");
		Navigation.submit(page, button(page, "Create source"));

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("SharePoint lists in " + TABLE);
		assertThat(page.getByTestId("rule")).hasText("Lists whose name matches Project *");
		Navigation.submit(page, button(page, "Sync now"));
		assertThat(page.getByText("Sync queued.")).isVisible();

		// The status part polls itself while the sync runs; bounded by the assertion's
		// wait.
		assertThat(page.getByTestId("history").getByTestId("outcome").first()).hasText("OK",
				new LocatorAssertions.HasTextOptions().setTimeout(180_000));
		assertThat(page.getByTestId("status")).containsText("No sync is running.");
		Browser.screenshot(page, "source-synced");
		long items = page.getByTestId("lists")
			.locator("tbody tr td:nth-child(3)")
			.allTextContents()
			.stream()
			.mapToLong((text) -> Long.parseLong(text.replace(",", "").strip()))
			.sum();
		Assertions.assertThat(items).as("items the source page counts").isPositive();
		Assertions.assertThat(this.tableRows.count(datasetId, TABLE)).as("rows in the sandbox").isEqualTo(items);

		page.navigate("/sandbox/powerbi/datasets/" + datasetId);
		assertThat(page.getByText(NumberFormat.getIntegerInstance(Locale.ENGLISH).format(items) + " rows")).isVisible();
		Browser.screenshot(page, "source-report");
	}

	private static Locator link(Page page, String name) {
		return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
