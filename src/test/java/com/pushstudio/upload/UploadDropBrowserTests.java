package com.pushstudio.upload;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.JSHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.pushstudio.web.Browser;
import com.pushstudio.web.BrowserTest;
import com.pushstudio.web.DesignerPage;
import com.pushstudio.web.SignedInPerson;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A person drops a file on the upload card instead of picking it: one CSV file is taken
 * as if chosen in the file field, anything else is refused on the page and the field
 * stays as it was.
 */
@BrowserTest
class UploadDropBrowserTests {

	private static final String SALES = "Id,City\r\n1,Oslo\r\n2,Paris\r\n";

	@Test
	void aCsvFileDroppedOnTheCardIsUploadedAsIfItHadBeenChosen(Browser browser) {
		Page page = uploadPage(browser, "Dropped sales");
		Locator card = page.getByTestId("drop-zone");
		JSHandle sales = files(page, List.of("sales.csv", "text/csv", SALES));

		card.dispatchEvent("dragenter", Map.of("dataTransfer", sales));
		assertThat(card).containsClass("ps-drop-active");
		Browser.screenshot(page, "upload-drop-active");
		card.dispatchEvent("drop", Map.of("dataTransfer", sales));

		assertThat(card).not().containsClass("ps-drop-active");
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Chosen: sales.csv (26 bytes)");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload file")).click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("sales.csv into Sales");
		Locator firstRow = page.getByTestId("preview").getByRole(AriaRole.ROW).nth(1).getByRole(AriaRole.CELL);
		assertThat(firstRow).hasText(new String[] { "1", "Oslo" });
	}

	@Test
	void twoFilesDroppedAtOnceAreRefusedAndNoneIsChosen(Browser browser) {
		Page page = uploadPage(browser, "Dropped text");

		page.getByTestId("drop-zone")
			.dispatchEvent("drop", Map.of("dataTransfer",
					files(page, List.of("north.csv", "text/csv", SALES), List.of("south.csv", "text/csv", SALES))));

		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Drop a single file: one file is uploaded at a time.");
		assertThat(page.getByLabel("CSV file")).hasValue("");
	}

	@Test
	void aFileThatIsNotCsvOrTextIsRefusedAndNotChosen(Browser browser) {
		Page page = uploadPage(browser, "Dropped twice");

		page.getByTestId("drop-zone")
			.dispatchEvent("drop", Map.of("dataTransfer", files(page, List.of("chart.png", "image/png", "PNG"))));

		assertThat(page.getByRole(AriaRole.STATUS))
			.hasText("chart.png was not taken: only .csv, .txt and .tsv files can be uploaded.");
		assertThat(page.getByLabel("CSV file")).hasValue("");
	}

	@Test
	void aFileDroppedBesideTheCardDoesNotReplaceThePage(Browser browser) {
		Page page = uploadPage(browser, "Dropped beside");
		JSHandle sales = files(page, List.of("sales.csv", "text/csv", SALES));

		// dispatchEvent answers false when a listener cancelled the browser's own
		// handling:
		// opening the dropped file in place of the page.
		Object opened = page.evaluate("""
				(transfer) => document.querySelector('h1').dispatchEvent(
				    new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }))""", sales);

		Assertions.assertThat(opened).isEqualTo(false);
		assertThat(page.getByRole(AriaRole.STATUS)).isEmpty();
	}

	/**
	 * Ada on the upload page of a fresh dataset's table Sales, named for the test: a
	 * second dataset of one name would first ask whether she means it.
	 */
	private Page uploadPage(Browser browser, String datasetName) {
		Page page = SignedInPerson.ada(browser);
		DesignerPage.open(page).name(datasetName).table(1, "Sales", "Id:Int64", "City:String").create(datasetName);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Upload a CSV into Sales")).click();
		assertThat(page.getByRole(AriaRole.HEADING)).hasText("Upload a CSV file into Sales");
		return page;
	}

	/**
	 * What the browser hands a page when files are dragged onto it: a DataTransfer
	 * holding each file given as name, type and text.
	 */
	@SafeVarargs
	private static JSHandle files(Page page, List<String>... files) {
		return page.evaluateHandle("""
				(files) => {
				  const transfer = new DataTransfer();
				  for (const [name, type, text] of files) {
				    transfer.items.add(new File([text], name, { type }));
				  }
				  return transfer;
				}""", List.of(files));
	}

}
