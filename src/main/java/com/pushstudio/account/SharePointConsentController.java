package com.pushstudio.account;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where the SharePoint consent ends. Spring's code grant filter has already redeemed the
 * code and stored the Graph tokens when the request gets here (or passed on Azure AD's
 * error): only the user's way back is left.
 */
@Controller
class SharePointConsentController {

	/** Flash attribute the page the user returns to may show: the consent's outcome. */
	static final String OUTCOME = "sharePointConsent";

	@GetMapping(AzureClientRegistrations.GRAPH_REDIRECT_PATH)
	String authorized(@RequestParam(name = "error", required = false) String error, HttpServletRequest request,
			RedirectAttributes redirect) {
		// Azure AD's own words stay out of the page: 'declined' is all a person needs.
		redirect.addFlashAttribute(OUTCOME, (error != null) ? "declined" : "allowed");
		return "redirect:" + ConsentReturn.take(request);
	}

}
