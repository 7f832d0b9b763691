package com.pushstudio.flow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.pushstudio.dataset.DatasetDesigner;
import com.pushstudio.dataset.DatasetForm;
import com.pushstudio.powerbi.Column;
import com.pushstudio.powerbi.DataType;
import com.pushstudio.powerbi.Table;
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
 * Every page of the flow on a phone, 390 by 844 CSS pixels: from signing in to a report,
 * with a designer of several tables, a file of thirty columns and an error report of long
 * values. None is wider than the window, as the browser measures it: a wide table scrolls
 * inside its own box, never the page.
 */
// The seeded template's dataset is not in Ada's record: its columns are known only where
// Power BI tells them.
@BrowserTest(properties = "push-studio.sandbox.powerbi.get-tables-columns=true")
class NarrowScreenBrowserTests {

	private static final int WIDTH = 390;

	private static final int HEIGHT = 844;

	private static final int WIDE_COLUMNS = 30;

	private static final Pattern CONSENT_PAGE = Pattern.compile(".*/oauth2/v2\\.0/authorize.*");

	@Autowired
	DatasetDesigner designer;

	private final List<String> tooWide = new ArrayList<>();

	@Test
	void everyPageOfTheFlowFitsAPhoneWithoutScrollingSideways(Browser browser) throws IOException {
		Page page = browser.newPage((window) -> window.setViewportSize(WIDTH, HEIGHT));
		page.navigate("/");
		fits(page, "home, signed out");
		Navigation.follow(page,
				page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Connect to Power BI")));
		page.waitForURL(CONSENT_PAGE);
		fits(page, "sandbox consent");
		page.getByLabel("Ada Lovelace").check();
		Navigation.submit(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept")));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome, Ada Lovelace")))
			.isVisible();
		fits(page, "home");
		visit(page, "/connection", "connection");
		visit(page, "/connection/disconnect", "disconnect");
		visit(page, "/datasets", "datasets");

		// The designer is filled through its menu at a desktop's width, then looked at on
		// the phone.
		page.setViewportSize(1280, 900);
		DesignerPage design = DesignerPage.open(page)
			.name("Phone sales")
			.table(1, "Sales", "Date:DateTime", "Region:String", "Amount:Double", "Paid:Boolean")
			.table(2, "Regions", "Region:String", "Manager:String", "Target:Decimal");
		page.setViewportSize(WIDTH, HEIGHT);
		fits(page, "designer");
		String sales = design.create("Phone sales");
		fits(page, "dataset");

		String wide = this.designer.create(SignedInPerson.ADA,
				DatasetForm.of("Thirty columns wide", List.of(Table.of("Wide", wideColumns()))));
		visit(page, "/datasets/" + wide, "dataset of thirty columns");
		visit(page, "/datasets/" + wide + "/tables/Wide", "table");
		visit(page, "/datasets/" + wide + "/tables/Wide/clear", "clear rows");
		visit(page, "/datasets/" + wide + "/delete", "delete dataset");
		visit(page, "/datasets/" + wide, "dataset of thirty columns");
		Navigation.follow(page,
				page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Upload a CSV into Wide")));
		fits(page, "upload");
		MappingPage mapping = MappingPage.uploadHere(page, wideFile());
		assertThat(mapping.preview()).isVisible();
		fits(page, "options, mapping and preview");
		ProgressPage report = mapping.checkAndPush().awaitState("Waiting for your choice");
		fits(page, "error report");
		Navigation.submit(page,
				page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Push only the 20 valid rows")));
		ProgressPage.of(page).awaitState("Done");
		fits(page, "done");
		visit(page, "/uploads", "uploads");

		visit(page, "/datasets/" + sales, "dataset");
		Navigation.follow(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create report")));
		fits(page, "create report");
		page.getByLabel("Sales overview (template)").check();
		page.getByLabel("Report name").fill("Sales on a phone");
		Navigation.submit(page,
				page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create report").setExact(true)));
		assertThat(page.getByTestId("report-created")).isVisible();
		fits(page, "report created");

		visit(page, "/uploads/00000000-0000-4000-8000-000000000000", "upload not found");
		visit(page, "/no-such-page", "page not found");
		visit(page, "/signin/problem", "sign-in problem");
		visit(page, "/signin/admin-consent?admin_consent=True&tenant=contoso.example", "admin consent granted");
		visit(page, "/signin/admin-consent?error=access_denied&error_description=declined", "admin consent refused");

		Assertions.assertThat(this.tooWide).as("pages wider than a %d px phone", WIDTH).isEmpty();
	}

	private void visit(Page page, String path, String what) {
		page.navigate(path);
		fits(page, what);
	}

	/**
	 * Measures the page as the browser laid it out; keeps going, so one run names every
	 * page that is too wide.
	 */
	private void fits(Page page, String what) {
		assertThat(page.locator("footer")).isAttached();
		@SuppressWarnings("unchecked")
		List<Number> widths = (List<Number>) page
			.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]");
		Browser.screenshot(page, "narrow-" + what.replace(' ', '-').replace(",", ""));
		if (widths.get(0).intValue() > widths.get(1).intValue()) {
			this.tooWide.add(what + " (" + page.url() + "): " + widths.get(0) + " px");
		}
	}

	private static List<Column> wideColumns() {
		List<Column> columns = new ArrayList<>();
		columns.add(Column.of("Id", DataType.INT64));
		columns.add(Column.of("Amount", DataType.DOUBLE));
		columns.add(Column.of("When", DataType.DATETIME));
		for (int c = columns.size() + 1; c <= WIDE_COLUMNS; c++) {
			columns.add(Column.of("Description of column " + c, DataType.STRING));
		}
		return columns;
	}

	/**
	 * Thirty columns, twenty valid rows, then five whose Amount is a long word with no
	 * place to break.
	 */
	private static Path wideFile() throws IOException {
		StringBuilder csv = new StringBuilder(String.join(",", wideColumns().stream().map(Column::name).toList()))
			.append('\n');
		for (int row = 1; row <= 25; row++) {
			csv.append(row).append(',');
			csv.append((row <= 20) ? row + ".5" : "NotANumber" + "x".repeat(70)).append(',');
			csv.append("2025-03-01T10:00:00Z");
			for (int c = 4; c <= WIDE_COLUMNS; c++) {
				csv.append(",Value of column ").append(c).append(" in row ").append(row).append(" with more words");
			}
			csv.append('\n');
		}
		Path file = Path.of("target", "narrow-screen", "thirty-columns.csv");
		Files.createDirectories(file.getParent());
		return Files.writeString(file, csv, StandardCharsets.UTF_8);
	}

}
