package com.pushstudio.powerbi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A DAX measure of a push table. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Measure(String name, String expression, String formatString, String description,
		@JsonProperty("isHidden") Boolean isHidden) {

	public static Measure of(String name, String expression) {
		return new Measure(name, expression, null, null, null);
	}

}
