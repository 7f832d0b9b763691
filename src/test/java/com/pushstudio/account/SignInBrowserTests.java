package com.pushstudio.account;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.pushstudio.web.Browser;
import com.pushstudio.web.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A person in a real browser: connects to Power BI through the sandbox's consent page and
 * reads the Connection page.
 */
@BrowserTest
class SignInBrowserTests {

	@Test
	void aPersonConnectsThroughTheConsentPageAndSeesWhatTheTokenGrants(Browser browser) {
		Page page = browser.newPage();
		page.navigate("/");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Connect to Power BI")).click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sign in and give consent")))
			.isVisible();
		assertThat(page.getByText("Read and write all datasets")).isVisible();
		Browser.screenshot(page, "consent");
		page.getByLabel("Ada Lovelace").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept")).click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome, Ada Lovelace")))
			.isVisible();
		assertThat(page.getByTestId("connection-state")).containsText("Connected");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Connection").setExact(true)).click();
		assertThat(page.getByTestId("claims")).containsText("https://analysis.windows.net/powerbi/api");
		assertThat(page.getByTestId("claims")).containsText("Dataset.ReadWrite.All");
		assertThat(page.getByTestId("claims")).containsText("ada@contoso.example");
		Browser.screenshot(page, "connection");
	}

	@Test
	void aPersonWhoCancelsIsToldWhatHappenedAndCanTryAgain(Browser browser) {
		Page page = browser.newPage();
		page.navigate("/");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Connect to Power BI")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel")).click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sign-in did not complete")))
			.isVisible();
		assertThat(page.getByTestId("signin-problem")).containsText("You did not give Push Studio permission");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Try again"))).isVisible();
	}

}
