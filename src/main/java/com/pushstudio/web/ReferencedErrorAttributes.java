package com.pushstudio.web;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * The error page's model: for a request that failed on an exception, a reference id that
 * the page shows and the log carries with the whole exception. The exception's text never
 * reaches the page ({@code server.error.include-message: never}).
 */
@Component
class ReferencedErrorAttributes extends DefaultErrorAttributes {

	private static final Logger logger = LoggerFactory.getLogger(ReferencedErrorAttributes.class);

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		Throwable error = getError(request);
		Object status = attributes.get("status");
		if (error != null && status instanceof Integer code && code >= 500) {
			String reference = ErrorReference.next();
			attributes.put("reference", reference);
			logger.error("Request {} failed, reference {}", attributes.get("path"), reference, error);
		}
		return attributes;
	}

}
