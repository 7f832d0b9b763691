package com.pushstudio.sandbox.graph;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code @odata.nextLink}, {@code @odata.deltaLink} and the 410's Location: absolute
 * URLs, as Graph's are, on the scheme, host, port and mount point the request came in on,
 * keeping its other query parameters as the client wrote them.
 */
final class GraphLinks {

	private GraphLinks() {
	}

	/**
	 * This request with {@code parameter} set to {@code value} (or removed, if null);
	 * {@code value} must need no encoding.
	 */
	static String withParameter(String parameter, String value) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		String path = ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null).build(true).toUriString();
		List<String> query = new ArrayList<>();
		if (request.getQueryString() != null) {
			for (String pair : request.getQueryString().split("&")) {
				String name = pair.split("=", 2)[0];
				if (!pair.isEmpty() && !name.equals(parameter) && !name.equals(parameter.replace("$", "%24"))) {
					query.add(pair);
				}
			}
		}
		if (value != null) {
			query.add(parameter + "=" + value);
		}
		return query.isEmpty() ? path : path + "?" + String.join("&", query);
	}

}
