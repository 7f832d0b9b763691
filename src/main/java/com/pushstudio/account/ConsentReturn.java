package com.pushstudio.account;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.util.StringUtils;

/**
 * Where a user lands after the SharePoint consent: the page that sent them, kept in the
 * session while they are at Azure AD. Only a path of this application is kept, so the
 * consent can never be turned into an open redirect.
 */
final class ConsentReturn {

	static final String ATTRIBUTE = ConsentReturn.class.getName();

	static final int MAX_LENGTH = 2000;

	private ConsentReturn() {
	}

	/**
	 * Keeps the {@code continue} parameter, else the page the request came from when it
	 * is this application's; forgets an earlier one otherwise.
	 */
	static void remember(HttpServletRequest request) {
		String target = safePath(request.getParameter("continue"));
		if (target == null) {
			target = sameOriginPath(request, request.getHeader("Referer"));
		}
		HttpSession session = request.getSession();
		if (target != null) {
			session.setAttribute(ATTRIBUTE, target);
		}
		else {
			session.removeAttribute(ATTRIBUTE);
		}
	}

	/** The kept path, once, or the home page. */
	static String take(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		Object target = (session != null) ? session.getAttribute(ATTRIBUTE) : null;
		if (session != null) {
			session.removeAttribute(ATTRIBUTE);
		}
		return (target instanceof String path) ? path : "/";
	}

	/**
	 * A path of this application: one leading '/', not '//' or '/\' (which browsers read
	 * as another host), no scheme, no control characters.
	 */
	static String safePath(String candidate) {
		if (!StringUtils.hasText(candidate) || candidate.length() > MAX_LENGTH || !candidate.startsWith("/")
				|| candidate.startsWith("//") || candidate.startsWith("/\\")) {
			return null;
		}
		for (int i = 0; i < candidate.length(); i++) {
			char c = candidate.charAt(i);
			if (c < 0x20 || c == 0x7f || c == '\\') {
				return null;
			}
		}
		return candidate;
	}

	private static String sameOriginPath(HttpServletRequest request, String referer) {
		if (!StringUtils.hasText(referer) || referer.length() > MAX_LENGTH) {
			return null;
		}
		try {
			URI uri = URI.create(referer);
			String origin = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
			int port = (uri.getPort() != -1) ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 80);
			if (!origin.equalsIgnoreCase(uri.getScheme() + "://" + uri.getHost() + ":" + port)) {
				return null;
			}
			String path = uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
			return safePath(path);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
