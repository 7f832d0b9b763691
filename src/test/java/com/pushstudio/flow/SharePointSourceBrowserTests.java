package com.pushstudio.flow;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
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
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A person keeps the sandbox's project lists in a table: from the table's SharePoint link
 * they allow Push Studio to read sites, find the site Projects, take every list named
 * like "Project *", preview, create the source and sync it; the sandbox report of the
 * dataset then holds exactly the items of the lists that fit. Then they add a list and an
 * item on the sandbox's SharePoint page, and the next scheduled sync brings the table to
 * exactly the lists' items again.
 */
// Schedules are looked at every second, so a sync due in a minute starts then.
@BrowserTest(properties = "push-studio.sharepoint.schedule-sweep=1s")
class SharePointSourceBrowserTests {

	private static final String TABLE = "Project hours";

	private static final Pattern CONSENT_PAGE = Pattern.compile(".*/oauth2/v2\\.0/authorize.*");

	/** A sync of the seeded lists, or a scheduled one coming, is waited for this long. */
	private static final double SYNC_WAIT = 180_000;

	@Autowired
	SandboxTableRows tableRows;

	@Test
	void aRuleTakesTheProjectListsAndSyncsKeepTheTableExactlyTheirItems(Browser browser) {
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

		// Consent comes back to the search that needed it. A search answers with the
		// site's name, which need not be its title (Graph's "Search for sites").
		Locator sites = page.getByTestId("sites");
		assertThat(sites).containsText("projects", new LocatorAssertions.ContainsTextOptions().setIgnoreCase(true));
		Browser.screenshot(page, "source-sites");
		Navigation.follow(page, sites.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
			.setName(Pattern.compile("^Use this site: projects$", Pattern.CASE_INSENSITIVE))));

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Lists of Projects into " + TABLE);
		assertThat(page.getByLabel("Site time zone")).hasValue("Europe/Oslo");
		page.getByLabel("Lists whose name matches").check();
		page.getByLabel("Name pattern").fill("Project *");
		page.getByLabel("Column for the list\u2019s name").selectOption(new SelectOption().setLabel("List"));
		Navigation.submit(page, button(page, "Preview"));

		Locator preview = page.getByTestId("preview-lists");
		assertThat(preview).containsText("Project 01");
		assertThat(page.getByLabel("Name pattern")).hasValue("Project *");
		Browser.screenshot(page, "source-preview");
		List<String> fitting = fittingLists(preview);
		Assertions.assertThat(fitting).as("lists the preview says fit").contains("Project 01", "Project 36");
		// The seeded list without an Hours column is taken by the name but refused.
		Assertions.assertThat(fitting).doesNotContain("Project Legacy", "Clients");
		Navigation.submit(page, button(page, "Create source"));

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("SharePoint lists in " + TABLE);
		assertThat(page.getByTestId("rule")).hasText("Lists whose name matches Project *");
		String source = page.url();
		Navigation.submit(page, button(page, "Sync now"));
		assertThat(page.getByText("Sync queued.")).isVisible();

		// The status part polls itself while the sync runs.
		assertThat(page.getByTestId("history").getByTestId("outcome").first()).hasText("OK",
				new LocatorAssertions.HasTextOptions().setTimeout(SYNC_WAIT));
		assertThat(page.getByTestId("status")).containsText("No sync is running.");
		Browser.screenshot(page, "source-synced");
		long items = sandboxItems(page, fitting);
		Assertions.assertThat(items).as("items of the fitting lists in the sandbox").isPositive();
		Assertions.assertThat(itemsCounted(page, source)).as("items the source page counts").isEqualTo(items);
		Assertions.assertThat(this.tableRows.count(datasetId, TABLE)).as("rows in the sandbox").isEqualTo(items);
		page.navigate("/sandbox/powerbi/datasets/" + datasetId);
		assertThat(page.getByText(rows(items), new Page.GetByTextOptions().setExact(true))).isVisible();
		Browser.screenshot(page, "source-report");

		// In the sandbox's SharePoint: a new project list and a new item in an old one.
		page.navigate("/sandbox/sharepoint");
		page.locator("#add-list-site").selectOption(new SelectOption().setLabel("Projects"));
		page.locator("#add-list-name").fill("Project 99");
		page.locator("#add-list-items").fill("7");
		Navigation.submit(page, button(page, "Add a list"));
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Project 99");
		page.locator("#addItem-list").selectOption(new SelectOption().setLabel("Project 01"));
		page.locator("#addItem-title").fill("Late addition");
		page.locator("#addItem-hours").fill("2.5");
		Navigation.submit(page, button(page, "Add an item"));
		assertThat(page.getByRole(AriaRole.STATUS)).isVisible();
		List<String> nowFitting = new ArrayList<>(fitting);
		nowFitting.add("Project 99");
		long itemsNow = sandboxItems(page, nowFitting);
		Assertions.assertThat(itemsNow).as("items after adding 7 and 1").isEqualTo(items + 8);

		// The smallest schedule the form takes; the page watches for the sync it brings.
		page.navigate(source);
		page.getByLabel("When").selectOption("EVERY_MINUTES");
		page.getByLabel("Minutes between syncs").fill("1");
		Navigation.submit(page, button(page, "Save schedule"));
		assertThat(page.getByText("Schedule saved.")).isVisible();
		Locator history = page.getByTestId("history");
		assertThat(history.getByTestId("trigger").first()).hasText("Schedule",
				new LocatorAssertions.HasTextOptions().setTimeout(SYNC_WAIT));
		assertThat(history.getByTestId("outcome").first()).hasText("OK",
				new LocatorAssertions.HasTextOptions().setTimeout(SYNC_WAIT));
		Browser.screenshot(page, "source-scheduled");
		Assertions.assertThat(this.tableRows.count(datasetId, TABLE))
			.as("rows in the sandbox after the scheduled sync")
			.isEqualTo(itemsNow);
		Assertions.assertThat(itemsCounted(page, source)).as("items the source page counts").isEqualTo(itemsNow);
	}

	/** The lists the preview shows taken by the rule and fitting the table. */
	private static List<String> fittingLists(Locator preview) {
		List<String> fitting = new ArrayList<>();
		for (Locator row : preview.locator("tbody tr").all()) {
			List<String> cells = row.locator("th, td").allTextContents().stream().map(String::strip).toList();
			if ("Yes".equals(cells.get(1)) && "Yes".equals(cells.get(2))) {
				fitting.add(cells.get(0));
			}
		}
		return fitting;
	}

	/**
	 * The items of these lists of the site Projects, as the sandbox's page counts them.
	 */
	private static long sandboxItems(Page page, List<String> lists) {
		page.navigate("/sandbox/sharepoint");
		Locator site = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Projects").setExact(true));
		long items = 0;
		int found = 0;
		for (Locator row : site.locator("tbody tr").all()) {
			List<String> cells = row.locator("td").allTextContents().stream().map(String::strip).toList();
			if (lists.contains(cells.get(0))) {
				items += Long.parseLong(cells.get(2));
				found++;
			}
		}
		Assertions.assertThat(found).as("lists found on the sandbox's page").isEqualTo(lists.size());
		return items;
	}

	/** The items the source page counts in the table, over its lists. */
	private static long itemsCounted(Page page, String source) {
		page.navigate(source);
		return page.getByTestId("lists")
			.locator("tbody tr td:nth-child(3)")
			.allTextContents()
			.stream()
			.mapToLong((text) -> Long.parseLong(text.replace(",", "").strip()))
			.sum();
	}

	private static String rows(long count) {
		return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(count) + " rows";
	}

	private static Locator link(Page page, String name) {
		return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
