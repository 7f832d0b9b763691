package com.pushstudio.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import com.pushstudio.web.Browser;
import com.pushstudio.web.BrowserTest;
import com.pushstudio.web.DesignerPage;
import com.pushstudio.web.Navigation;
import com.pushstudio.web.SignedInPerson;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A person on a phone makes the wrong choices while adding a SharePoint source of the
 * sandbox's site, and presses Sync now in two tabs: each wrong choice is named on the
 * page, keeps what was chosen and makes nothing; a list that does not fit says why; the
 * second Sync now adds none; every page fits the phone.
 */
@BrowserTest
class SharePointSourceMistakesBrowserTests {

	private static final String TABLE = "Hours";

	private static final Pattern CONSENT_PAGE = Pattern.compile(".*/oauth2/v2\\.0/authorize.*");

	@Test
	void wrongChoicesAreNamedAndMakeNothingAndTwoTabsQueueOneSync(Browser browser) {
		List<String> tooWide = new ArrayList<>();
		Page page = SignedInPerson.ada(browser, (window) -> window.setTimezoneId("Europe/Oslo"));
		DesignerPage.open(page)
			.name("Phone hours")
			.table(1, TABLE, "Title:String", "Hours:Double", "List:String")
			.create("Phone hours");
		page.setViewportSize(390, 844);
		Navigation.follow(page, link(page, "Keep SharePoint lists in " + TABLE));
		page.getByLabel("Site name").fill("Projects");
		Navigation.follow(page, button(page, "Search"));
		if (page.getByTestId("consent").isVisible()) {
			page.waitForResponse((response) -> CONSENT_PAGE.matcher(response.url()).matches(),
					() -> link(page, "Allow access to SharePoint").click());
			page.getByLabel("Ada Lovelace").check();
			page.waitForResponse((response) -> "POST".equals(response.request().method())
					&& CONSENT_PAGE.matcher(response.url()).matches(), () -> button(page, "Accept").click());
		}
		assertThat(page.getByTestId("sites")).containsText("projects",
				new LocatorAssertions.ContainsTextOptions().setIgnoreCase(true));
		check(page, "sites", tooWide);

		// An address of no site is named as such, and searching again is still there.
		page.getByLabel("Site address").fill("https://contoso.sharepoint.com/sites/no-such-site");
		Navigation.follow(page, button(page, "Open this address"));
		assertThat(page.getByTestId("problem")).containsText("did not find the site at that address");
		assertThat(page.getByLabel("Site address")).hasValue("https://contoso.sharepoint.com/sites/no-such-site");
		page.getByLabel("Site name").fill("Projects");
		Navigation.follow(page, button(page, "Search"));
		Navigation.follow(page,
				page.getByTestId("sites")
					.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
						.setName(Pattern.compile("^Use this site: projects$", Pattern.CASE_INSENSITIVE))));
		assertThat(page.getByLabel("Project Legacy")).isVisible();
		assertThat(page.getByLabel("User Information List")).hasCount(0);
		assertThat(page.getByLabel("Documents")).hasCount(0);
		check(page, "lists", tooWide);

		// No list picked.
		Navigation.submit(page, button(page, "Create source"));
		assertThat(page.getByTestId("refused")).hasText("Pick at least one list.");

		// An empty pattern: the choice stays.
		page.getByLabel("Lists whose name matches").check();
		Navigation.submit(page, button(page, "Preview"));
		assertThat(page.getByTestId("refused")).containsText("Give a name pattern");
		assertThat(page.getByLabel("Lists whose name matches")).isChecked();

		// A list that does not fit says why, beside one that does.
		page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("These lists")).check();
		page.getByLabel("Project Legacy").check();
		page.getByLabel("Project 02").check();
		Navigation.submit(page, button(page, "Preview"));
		// The table's List column has no list column of that name, nor was it chosen for
		// the list's name: the lists do not fit, and say so.
		assertThat(previewRow(page, "Project 02")).containsText("no column for List");
		page.getByLabel("Column for the list\u2019s name").selectOption(new SelectOption().setLabel("List"));
		Navigation.submit(page, button(page, "Preview"));
		assertThat(previewRow(page, "Project 02")).hasText(Pattern.compile("Project 02\\s*Yes\\s*Yes\\s*"));
		assertThat(previewRow(page, "Project Legacy")).containsText("no column for Hours");
		assertThat(checkbox(page, "Project Legacy")).isChecked();
		assertThat(checkbox(page, "Project 02")).isChecked();
		check(page, "preview", tooWide);

		// A schedule out of bounds is refused; then every project list, for a sync that
		// takes a while.
		page.getByLabel("When").selectOption("EVERY_MINUTES");
		page.getByLabel("Minutes between syncs").fill("0");
		Navigation.submit(page, button(page, "Create source"));
		assertThat(page.getByTestId("refused")).containsText("Sync every 1 to");
		page.getByLabel("When").selectOption("NONE");
		page.getByLabel("Lists whose name matches").check();
		page.getByLabel("Name pattern").fill("Project *");
		Navigation.submit(page, button(page, "Preview"));
		assertThat(previewRow(page, "Project 36")).hasText(Pattern.compile("Project 36\\s*Yes\\s*Yes\\s*"));
		Navigation.submit(page, button(page, "Create source"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("SharePoint lists in " + TABLE);
		check(page, "source", tooWide);
		String source = page.url();

		// Back shows the preview again (it has its own address); creating again is
		// refused.
		page.goBack();
		assertThat(page.getByLabel("Name pattern")).hasValue("Project *");
		assertThat(previewRow(page, "Project 36")).isVisible();
		Navigation.submit(page, button(page, "Create source"));
		assertThat(page.getByTestId("refused")).containsText("has a SharePoint source already");

		// Starting over from the dataset finds the table's source.
		Navigation.follow(page, link(page, "Back to dataset Phone hours"));
		Navigation.follow(page, link(page, "Keep SharePoint lists in " + TABLE));
		Assertions.assertThat(page.url()).isEqualTo(source);

		// Two tabs: Sync now in one, and in the other while that sync runs.
		Page second = page.context().newPage();
		second.navigate(source);
		page.navigate(source);
		Navigation.submit(page, button(page, "Sync now"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Sync queued.");
		assertThat(page.getByTestId("status")).containsText("A sync is queued or running.");
		Navigation.submit(second, button(second, "Sync now"));
		assertThat(second.getByRole(AriaRole.STATUS)).hasText("A sync is already queued or running.");
		assertThat(page.getByTestId("history").getByTestId("outcome")).hasText("OK",
				new LocatorAssertions.HasTextOptions().setTimeout(120_000));
		assertThat(page.getByTestId("history").getByTestId("trigger")).hasCount(1);
		second.close();
		Assertions.assertThat(tooWide).as("pages wider than the phone, or fields without a label").isEmpty();
	}

	private static Locator checkbox(Page page, String name) {
		return page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private static Locator previewRow(Page page, String list) {
		return page.getByTestId("preview-lists")
			.getByRole(AriaRole.ROW)
			.filter(new Locator.FilterOptions().setHasText(list));
	}

	/**
	 * As the source pages' own phone check: layout width, and controls without a label.
	 */
	private static void check(Page page, String what, List<String> faults) {
		Browser.screenshot(page, "source-phone-" + what);
		@SuppressWarnings("unchecked")
		List<Number> widths = (List<Number>) page
			.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]");
		if (widths.get(0).intValue() > widths.get(1).intValue()) {
			faults.add(what + ": " + widths.get(0) + " px wide");
		}
		@SuppressWarnings("unchecked")
		List<String> unlabelled = (List<String>) page.evaluate("""
				() => [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
				  .filter((c) => c.labels.length === 0 && !c.getAttribute('aria-label'))
				  .map((c) => c.id || c.name)""");
		unlabelled.forEach((control) -> faults.add(what + ": no label for " + control));
	}

	private static Locator link(Page page, String name) {
		return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
