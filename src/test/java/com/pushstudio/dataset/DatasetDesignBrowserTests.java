package com.pushstudio.dataset;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.pushstudio.powerbi.Column;
import com.pushstudio.powerbi.DataType;
import com.pushstudio.powerbi.Dataset;
import com.pushstudio.powerbi.PowerBiClient;
import com.pushstudio.powerbi.Table;
import com.pushstudio.powerbi.Workspace;
import com.pushstudio.web.Browser;
import com.pushstudio.web.BrowserTest;
import com.pushstudio.web.DesignerPage;
import com.pushstudio.web.SignedInPerson;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.pushstudio.web.SignedInPerson.ADA;

/**
 * A person designs a push dataset in a real browser, and Power BI (the sandbox, over HTTP
 * with the token Ada's sign-in stored) then holds exactly what the form said. To read
 * what it holds, the sandbox is asked to tell columns in Get Tables, as Power BI itself
 * does not.
 */
@BrowserTest(properties = "push-studio.sandbox.powerbi.get-tables-columns=true")
class DatasetDesignBrowserTests {

	@Autowired
	PowerBiClient powerBi;

	@Test
	void aPersonDesignsTwoTablesAndPowerBiHoldsExactlyThatSchema(Browser browser) {
		Page page = SignedInPerson.ada(browser);
		DesignerPage designer = DesignerPage.open(page).name("Orders and regions");
		designer.table(1, "Orders", "OrderId:Int64", "Region:String", "OrderDate:DateTime", "Amount:Double");
		designer.press(designer.table(1), "Move column 3 up");
		assertThat(designer.columnName(1, 2)).hasValue("OrderDate");
		assertThat(designer.columnType(1, 2)).hasValue("DATETIME");
		assertThat(designer.columnName(1, 3)).hasValue("Region");
		assertThat(designer.columnType(1, 3)).hasValue("STRING");
		assertThat(designer.columnType(1, 4)).hasValue("DOUBLE");

		designer.table(2, "Regions", "Region:String", "Notes:String", "Manager:String");
		designer.press(designer.table(2), "Remove column 2");
		assertThat(designer.columnName(2, 2)).hasValue("Manager");
		assertThat(designer.columnName(2, 3)).not().isAttached();
		assertThat(designer.table(1).getByLabel("Table name")).hasValue("Orders");
		Browser.screenshot(page, "dataset-designer");

		String datasetId = designer.create("Orders and regions");

		assertThat(page.getByRole(AriaRole.STATUS))
			.hasText("Dataset \u201cOrders and regions\u201d created in Power BI.");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)))
			.hasText(new String[] { "Orders", "Regions" });
		assertThat(page.getByTestId("row-count")).hasText(new String[] { "0", "0" });
		Browser.screenshot(page, "dataset-page");
		Assertions.assertThat(this.powerBi.tables(ADA, Workspace.MY_WORKSPACE, datasetId))
			.containsExactly(
					Table.of("Orders",
							List.of(Column.of("OrderId", DataType.INT64), Column.of("OrderDate", DataType.DATETIME),
									Column.of("Region", DataType.STRING), Column.of("Amount", DataType.DOUBLE))),
					Table.of("Regions",
							List.of(Column.of("Region", DataType.STRING), Column.of("Manager", DataType.STRING))));
	}

	/**
	 * On a phone-sized window the form is long: a row edit that reloaded the page would
	 * throw the person back to its top and lose their place.
	 */
	@Test
	void rowEditsChangeTheFormInPlaceAndKeepThePersonWhereTheyWere(Browser browser) {
		Page page = SignedInPerson.ada(browser);
		DesignerPage designer = DesignerPage.open(page).name("Kept in place");
		page.setViewportSize(390, 700);
		designer.table(1, "Orders", "OrderId:Int64", "Region:String");
		Locator addColumn = designer.table(1)
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add column").setExact(true));
		addColumn.scrollIntoViewIfNeeded();
		double scrolled = ((Number) page.evaluate("() => window.scrollY")).doubleValue();
		Assertions.assertThat(scrolled).as("the Add column button is below the first screen").isPositive();
		page.evaluate("() => { window.sameDocument = true; }");

		designer.press(designer.table(1), "Add column");

		Assertions.assertThat(page.evaluate("() => window.sameDocument === true")).as("no page load").isEqualTo(true);
		assertThat(designer.columnName(1, 3)).isFocused();
		assertThat(designer.columnName(1, 3)).isInViewport();
		Assertions.assertThat(((Number) page.evaluate("() => window.scrollY")).doubleValue())
			.as("the page stays scrolled where the person was")
			.isGreaterThan(scrolled / 2);
		assertThat(designer.columnName(1, 1)).hasValue("OrderId");
		designer.columnName(1, 3).fill("Amount");
		designer.columnType(1, 3).selectOption("Double");

		designer.press(designer.table(1), "Move column 3 up");
		assertThat(designer.columnName(1, 2)).hasValue("Amount");
		assertThat(designer.table(1)
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Move column 2 up").setExact(true)))
			.isFocused();

		designer.press(designer.table(1), "Remove column 1");
		assertThat(designer.columnName(1, 1)).hasValue("Amount");
		assertThat(designer.columnName(1, 1)).isFocused();
		assertThat(designer.columnName(1, 3)).not().isAttached();

		designer.table(2, "Regions", "Region:String");
		designer.press(page.locator("body"), "Add relationship");
		Locator relationship = page.getByRole(AriaRole.GROUP,
				new Page.GetByRoleOptions().setName("Relationship 1").setExact(true));
		assertThat(relationship.getByLabel("Relationship name")).isFocused();
		relationship.getByLabel("Relationship name").fill("Orders to regions");
		relationship.getByLabel("From table").selectOption("Orders");
		relationship.getByLabel("From column").selectOption("Region");
		relationship.getByLabel("To table").selectOption("Regions");

		// A name typed after the relationship was added is among its choices at once.
		designer.columnName(2, 1).fill("RegionName");
		page.waitForResponse((response) -> "true".equals(response.request().headerValue("hx-request")),
				() -> designer.columnName(2, 1).blur());
		assertThat(relationship.getByLabel("To column")
			.locator("option", new Locator.LocatorOptions().setHasText("RegionName"))).isAttached();
		relationship.getByLabel("To column").selectOption("RegionName");
		Assertions.assertThat(page.evaluate("() => window.sameDocument === true")).isEqualTo(true);

		String datasetId = designer.create("Kept in place");

		Assertions.assertThat(this.powerBi.tables(ADA, Workspace.MY_WORKSPACE, datasetId))
			.containsExactly(
					Table.of("Orders",
							List.of(Column.of("Amount", DataType.DOUBLE), Column.of("Region", DataType.STRING))),
					Table.of("Regions", List.of(Column.of("RegionName", DataType.STRING))));
	}

	/**
	 * Without JavaScript each row edit loads the page anew, as before htmx: nothing typed
	 * is lost, focus still goes to the new row, and the dataset is created as designed.
	 */
	@Test
	void withoutJavaScriptEveryEditLoadsThePageAndTheDesignStillLands(Browser browser) {
		Page page = SignedInPerson.adaWithoutJavaScript(browser);
		DesignerPage designer = DesignerPage.openWithoutJavaScript(page).name("Without scripts");
		designer.table(1, "Orders", "OrderId:Int64");
		designer.press(designer.table(1), "Add column");
		assertThat(designer.columnName(1, 2)).isFocused();
		assertThat(designer.columnName(1, 1)).hasValue("OrderId");
		designer.column(1, 2, "Amount", "Double");

		String datasetId = designer.create("Without scripts");

		Assertions.assertThat(this.powerBi.tables(ADA, Workspace.MY_WORKSPACE, datasetId))
			.containsExactly(Table.of("Orders",
					List.of(Column.of("OrderId", DataType.INT64), Column.of("Amount", DataType.DOUBLE))));
	}

	/**
	 * An edit whose answer cannot be swapped in (here the session ended meanwhile, so the
	 * server refuses the form) is posted by the browser itself, which shows the answer: a
	 * press never seems to do nothing.
	 */
	@Test
	void anEditWhoseAnswerCannotBeShownInPlaceShowsTheAnswerInstead(Browser browser) {
		Page page = SignedInPerson.ada(browser);
		DesignerPage designer = DesignerPage.open(page).name("Signed out meanwhile");
		page.context().clearCookies();
		Locator addColumn = designer.table(1)
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add column").setExact(true));

		Response answer = page.waitForResponse(
				(response) -> response.request().isNavigationRequest() && "POST".equals(response.request().method()),
				addColumn::click);

		Assertions.assertThat(answer.status()).isEqualTo(403);
		assertThat(page.getByText("Sign in first")).isVisible();
	}

	@Test
	void aDuplicateColumnNameIsShownNextToItsFieldAndNothingIsCreated(Browser browser) {
		Page page = SignedInPerson.ada(browser);
		DesignerPage designer = DesignerPage.open(page).name("Twice named");
		designer.table(1, "Orders", "Amount:Double", "amount:Int64");

		designer.press(page.locator("body"), "Create dataset");

		assertThat(page.getByRole(AriaRole.ALERT).first())
			.hasText("The design breaks some of Power BI's rules; see the messages next to the fields.");
		assertThat(designer.columnName(1, 2)).hasAttribute("aria-invalid", "true");
		assertThat(designer.columnName(1, 2))
			.hasAccessibleDescription("\u201camount\u201d is used twice (names are compared ignoring case).");
		assertThat(designer.columnName(1, 1)).not().hasAttribute("aria-invalid", "true");
		assertThat(designer.columnName(1, 2)).hasValue("amount");
		Browser.screenshot(page, "dataset-duplicate-column");
		Assertions.assertThat(this.powerBi.datasets(ADA, Workspace.MY_WORKSPACE))
			.extracting(Dataset::name)
			.doesNotContain("Twice named");
	}

}
