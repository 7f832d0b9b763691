package com.pushstudio.graph;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * A SharePoint site's address taken apart: the host and the server-relative path of the
 * site ({@code sites/{name}} or {@code teams/{name}}), or no path for the root site.
 * Anything under the site (a list, a page) is dropped.
 *
 * @param host the host name, such as {@code contoso.sharepoint.com}
 * @param relativePath the decoded path segments, or null for the host's root site
 */
record SiteAddress(String host, List<String> relativePath) {

	private static final String EXPECTED = "Paste a SharePoint site's address, such as "
			+ "https://contoso.sharepoint.com/sites/projects";

	static SiteAddress parse(String webUrl) {
		if (webUrl == null || webUrl.isBlank() || webUrl.length() > 2000) {
			throw new SiteAddressException(EXPECTED + ".");
		}
		URI uri;
		try {
			uri = new URI(webUrl.strip());
		}
		catch (URISyntaxException ex) {
			throw new SiteAddressException("That is not a web address. " + EXPECTED + ".");
		}
		if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())
				|| uri.getHost() == null || uri.getRawUserInfo() != null) {
			throw new SiteAddressException("That is not a web address of a site. " + EXPECTED + ".");
		}
		String host = uri.getHost().toLowerCase(Locale.ROOT);
		List<String> segments = (uri.getPath() == null) ? List.of()
				: java.util.Arrays.stream(uri.getPath().split("/")).filter((part) -> !part.isEmpty()).toList();
		if (segments.isEmpty()) {
			return new SiteAddress(host, null);
		}
		String kind = segments.get(0).toLowerCase(Locale.ROOT);
		if ((kind.equals("sites") || kind.equals("teams")) && segments.size() >= 2) {
			return new SiteAddress(host, List.of(kind, segments.get(1)));
		}
		throw new SiteAddressException("That address is not a site's: a site's address ends in /sites/{name} or "
				+ "/teams/{name}, or is the host alone for the root site. " + EXPECTED + ".");
	}

}
