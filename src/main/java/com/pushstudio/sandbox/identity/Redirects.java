package com.pushstudio.sandbox.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Replies to a redirect URI. Values are form-encoded by hand: a state or description with
 * '+' or '&amp;' must reach the client as it was.
 */
final class Redirects {

	private Redirects() {
	}

	/**
	 * The page being answered, without its query: where its form posts, under
	 * {@code /sandbox} in the application and at the root in the emulator.
	 */
	static String thisPage() {
		return ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null).build().getPath();
	}

	/** How an authorize reply may travel: Azure AD's modes for the code flow. */
	static final Set<String> RESPONSE_MODES = Set.of("query", "form_post");

	/**
	 * The reply in the mode the request asked for: {@code form_post} is a page whose form
	 * posts the parameters to the reply URL by itself, as Azure AD's does
	 * (v2-oauth2-auth-code-flow: "form_post executes a POST containing the code to your
	 * redirect URI"); anything else is a redirect with the parameters in the query.
	 */
	static ModelAndView reply(String responseMode, String redirectUri, Map<String, String> parameters) {
		if (!"form_post".equals(responseMode)) {
			return to(redirectUri, parameters);
		}
		Map<String, String> fields = new LinkedHashMap<>(parameters);
		fields.values().removeIf(Objects::isNull);
		ModelAndView page = new ModelAndView("sandbox/form-post");
		page.addObject("action", redirectUri);
		page.addObject("fields", fields);
		return page;
	}

	static ModelAndView to(String redirectUri, Map<String, String> parameters) {
		StringBuilder url = new StringBuilder(redirectUri);
		char separator = redirectUri.contains("?") ? '&' : '?';
		for (Map.Entry<String, String> parameter : parameters.entrySet()) {
			if (parameter.getValue() != null) {
				url.append(separator)
					.append(parameter.getKey())
					.append('=')
					.append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
				separator = '&';
			}
		}
		RedirectView view = new RedirectView(url.toString());
		view.setExpandUriTemplateVariables(false);
		view.setExposeModelAttributes(false);
		return new ModelAndView(view);
	}

}
