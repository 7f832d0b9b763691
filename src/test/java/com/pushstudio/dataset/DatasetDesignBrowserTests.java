package com.pushstudio.dataset;

import java.util.List;

import com.microsoft.playwright.Page;
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
