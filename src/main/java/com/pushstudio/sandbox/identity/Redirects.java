package com.pushstudio.sandbox.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

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
