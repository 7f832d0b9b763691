package com.pushstudio.graph;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Checks links Graph gave ({@code @odata.nextLink}, {@code @odata.deltaLink},
 * {@code Location}) before the user's token goes with them: same scheme, host and port as
 * the configured Graph, under its {@code /v1.0/}. A stored or answered link that points
 * anywhere else is refused, never followed.
 */
final class GraphLinks {

	private GraphLinks() {
	}

	static URI checked(String link, String apiUrl) {
		URI base = URI.create(apiUrl + "/v1.0/");
		URI uri;
		try {
			uri = (link != null) ? new URI(link).normalize() : null;
		}
		catch (URISyntaxException ex) {
			uri = null;
		}
		if (uri == null || !uri.isAbsolute() || uri.getRawUserInfo() != null || uri.getRawFragment() != null
				|| !same(uri.getScheme(), base.getScheme()) || !same(uri.getHost(), base.getHost())
				|| port(uri) != port(base) || uri.getRawPath() == null
				|| !uri.getRawPath().startsWith(base.getRawPath()) || uri.getRawPath().contains("/../")) {
			throw new GraphException("A paging or delta link does not lead to the configured Microsoft Graph ("
					+ base.getScheme() + "://" + base.getAuthority() + base.getRawPath()
					+ "); it was not followed. Read the list again from the start.", 0);
		}
		return uri;
	}

	/** What may be logged of a link: its path, never its query (a delta token). */
	static String loggable(URI link) {
		return link.getRawPath();
	}

	private static boolean same(String a, String b) {
		return a != null && b != null && a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
	}

	private static int port(URI uri) {
		if (uri.getPort() != -1) {
			return uri.getPort();
		}
		return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
	}

}
