package com.pushstudio.sandbox.powerbi;

import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers every refusal of the sandbox Power BI API in Power BI's error JSON, so that the
 * client's error mapping is exercised as against the real service.
 */
@RestControllerAdvice(basePackageClasses = PowerBiErrorHandler.class)
class PowerBiErrorHandler {

	@ExceptionHandler
	ResponseEntity<PowerBiError> refused(PowerBiApiException ex) {
		var answer = ResponseEntity.status(ex.status());
		if (ex.retryAfterSeconds() != null) {
			answer.header("Retry-After", String.valueOf(ex.retryAfterSeconds()));
		}
		if (ex.status() == HttpStatus.UNAUTHORIZED) {
			answer.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
		}
		return answer.body(PowerBiError.of(ex.code(), ex.getMessage(), ex.details()));
	}

	@ExceptionHandler
	ResponseEntity<PowerBiError> unreadable(HttpMessageNotReadableException ex) {
		return refused(PowerBiJson.unreadable(ex.getMostSpecificCause()));
	}

	@ExceptionHandler
	ResponseEntity<PowerBiError> unknownProperty(UnrecognizedPropertyException ex) {
		return refused(PowerBiJson.unreadable(ex));
	}

}
