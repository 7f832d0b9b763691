package com.pushstudio.sandbox.powerbi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.StringUtils;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Answers a path or method the sandbox Power BI API does not have as Power BI does, not
 * with Spring's {@code {timestamp,status,error,path}}. Power BI is an ASP.NET Web API
 * service and answers an unrouted path with that framework's default body, a bare
 * {@code {"Message":"No HTTP resource was found that matches the request URI '<uri>'."}}
 * with no {@code error} object (observed and recorded by
 * calvinchengx/fabric-emulator#497). A known path with a method it lacks gets the same
 * framework's 405, {@code {"Message":"The requested resource does not support http method
 * '<method>'."}}; no public source shows Power BI's 405, so this is the framework's
 * default, assumed.
 */
class UnknownRoutes implements HandlerExceptionResolver {

	private final JsonMapper json;

	private final String prefix;

	UnknownRoutes(JsonMapper json, String prefix) {
		this.json = json;
		this.prefix = prefix;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!request.getRequestURI().startsWith(request.getContextPath() + this.prefix)) {
			return null;
		}
		try {
			if (ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException) {
				write(response, HttpStatus.NOT_FOUND, "No HTTP resource was found that matches the request URI '"
						+ request.getRequestURL() + query(request) + "'.");
				return new ModelAndView();
			}
			if (ex instanceof HttpRequestMethodNotSupportedException unsupported) {
				if (unsupported.getSupportedHttpMethods() != null) {
					response.setHeader(HttpHeaders.ALLOW,
							StringUtils.collectionToCommaDelimitedString(unsupported.getSupportedHttpMethods()));
				}
				write(response, HttpStatus.METHOD_NOT_ALLOWED,
						"The requested resource does not support http method '" + request.getMethod() + "'.");
				return new ModelAndView();
			}
		}
		catch (IOException writeFailed) {
			return null;
		}
		return null;
	}

	private void write(HttpServletResponse response, HttpStatus status, String message) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(this.json.writeValueAsString(Map.of("Message", message)));
	}

	private static String query(HttpServletRequest request) {
		return (request.getQueryString() != null) ? "?" + request.getQueryString() : "";
	}

}
