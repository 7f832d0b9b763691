package com.pushstudio.account;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Any page that finds the user's consent gone (refresh token refused) sends the user back
 * through consent.
 */
@ControllerAdvice
class ConsentRequiredAdvice {

	@ExceptionHandler(ConsentRequiredException.class)
	String consentAgain() {
		return "redirect:/oauth2/authorization/" + AzureClientRegistrations.REGISTRATION_ID;
	}

}
