package com.pushstudio.web;

import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Where every browser flow after sign-in starts: Ada Lovelace connected through the
 * sandbox's consent page, on the home page.
 */
public final class SignedInPerson {

	/**
	 * Ada's object id in the sandbox directory: the name the application keys what she
	 * owns by, so tests can read her datasets through the Power BI client.
	 */
	public static final String ADA = "0a1b2c3d-0000-4000-8000-00000000ada1";

	private static final Pattern CONSENT_PAGE = Pattern.compile(".*/oauth2/v2\\.0/authorize.*");

	private SignedInPerson() {
	}

	public static Page ada(Browser browser) {
		return ada(browser, (options) -> {
		});
	}

	/** Ada in a window that runs no script. */
	public static Page adaWithoutJavaScript(Browser browser) {
		return ada(browser, (options) -> options.setJavaScriptEnabled(false));
	}

	/** Ada signed in, in a window set up as {@link Browser#newPage(Consumer)} does. */
	public static Page ada(Browser browser, Consumer<NewContextOptions> setUp) {
		Page page = browser.newPage(setUp);
		page.navigate("/");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Connect to Power BI")).click();
		page.waitForURL(CONSENT_PAGE);
		page.getByLabel("Ada Lovelace").check();
		// The consent's answer, then the sign-in it redirects through, lands on home.
		page.waitForResponse(
				(response) -> "POST".equals(response.request().method())
						&& CONSENT_PAGE.matcher(response.url()).matches(),
				() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept")).click());
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome, Ada Lovelace")))
			.isVisible();
		return page;
	}

}
