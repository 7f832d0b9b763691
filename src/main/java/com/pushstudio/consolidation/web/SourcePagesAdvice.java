package com.pushstudio.consolidation.web;

import com.pushstudio.account.SharePointConsentRequiredException;
import com.pushstudio.consolidation.SourceNotFoundException;
import com.pushstudio.graph.GraphNotFoundException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Another user's source is not found, as a missing one is not. A page that needs to read
 * SharePoint before the person allowed it says why Push Studio asks, and the page is kept
 * so that consent comes back to it.
 */
@ControllerAdvice(assignableTypes = { NewSourceController.class, SourceController.class })
class SourcePagesAdvice {

	private final RequestCache requestCache = new HttpSessionRequestCache();

	/** A site id Graph does not know came from no page of ours: as a missing source. */
	@ExceptionHandler({ SourceNotFoundException.class, GraphNotFoundException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		model.addAttribute("status", HttpStatus.NOT_FOUND.value());
		return "error";
	}

	/**
	 * Only a GET is kept to come back to: a form's POST is not repeated behind the
	 * person's back.
	 */
	@ExceptionHandler(SharePointConsentRequiredException.class)
	String consentNeeded(HttpServletRequest request, HttpServletResponse response) {
		if ("GET".equals(request.getMethod())) {
			this.requestCache.saveRequest(request, response);
		}
		return "sources/consent";
	}

}
