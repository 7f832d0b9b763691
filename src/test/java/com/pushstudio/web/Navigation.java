package com.pushstudio.web;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;

/**
 * A click that leaves the page, waited on as {@link DesignerPage#press} does: the answer
 * of the request it causes, then the new document committed and loaded, so the next step
 * never reads or clicks the outgoing page, nor a page whose scripts have not run.
 */
public final class Navigation {

	private Navigation() {
	}

	/**
	 * Presses a form's button and answers the page its POST lands on, after any
	 * redirects.
	 */
	public static Response submit(Page page, Locator button) {
		return await(page, button, "POST");
	}

	/** Follows a link and answers the page it opens. */
	public static Response follow(Page page, Locator link) {
		return await(page, link, "GET");
	}

	private static Response await(Page page, Locator target, String method) {
		AtomicInteger documents = new AtomicInteger();
		Consumer<Frame> counter = (frame) -> {
			if (frame == page.mainFrame()) {
				documents.incrementAndGet();
			}
		};
		page.onFrameNavigated(counter);
		try {
			Response answer = page.waitForResponse((response) -> response.request().isNavigationRequest()
					&& (response.status() < 300 || response.status() >= 400)
					&& method.equals(first(response.request()).method()), target::click);
			page.waitForCondition(() -> documents.get() > 0);
			// The new document's own load, as a person waits for it: a click before its
			// deferred scripts ran posted the upload form without the browser's zone.
			page.waitForLoadState(LoadState.LOAD);
			return answer;
		}
		finally {
			page.offFrameNavigated(counter);
		}
	}

	/** The request that started a redirect chain. */
	private static Request first(Request request) {
		Request first = request;
		while (first.redirectedFrom() != null) {
			first = first.redirectedFrom();
		}
		return first;
	}

}
