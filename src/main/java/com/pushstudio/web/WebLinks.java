package com.pushstudio.web;

/** Links built from what Power BI answers, before a page shows them. */
public final class WebLinks {

	private WebLinks() {
	}

	/**
	 * The address when it is http(s), else {@code null}: a {@code webUrl} is Power BI's
	 * text, and a page must never link to a {@code javascript:} address it was handed.
	 */
	public static String safeHttpLink(String url) {
		return (url != null && (url.startsWith("https://") || url.startsWith("http://"))) ? url : null;
	}

}
