package com.pushstudio.powerbi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A relationship between two tables of a push dataset: {@code from} is the foreign-key
 * side, {@code to} the primary-key side.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Relationship(String name, String fromTable, String fromColumn, String toTable, String toColumn,
		CrossFilteringBehavior crossFilteringBehavior) {

	public enum CrossFilteringBehavior {

		ONE_DIRECTION("OneDirection"), BOTH_DIRECTIONS("BothDirections"), AUTOMATIC("Automatic");

		private final String jsonName;

		CrossFilteringBehavior(String jsonName) {
			this.jsonName = jsonName;
		}

		@JsonValue
		public String jsonName() {
			return this.jsonName;
		}

	}

}
