package com.pushstudio.sandbox.powerbi;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Power BI's error JSON: {@code {"error":{"code","message","details":[...]}}}. */
record PowerBiError(Body error) {

	static PowerBiError of(String code, String message, List<Detail> details) {
		return new PowerBiError(new Body(code, message, details.isEmpty() ? null : details));
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Body(String code, String message, List<Detail> details) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Detail(String message, String target) {
	}

}
