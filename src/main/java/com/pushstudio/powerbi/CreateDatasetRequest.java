package com.pushstudio.powerbi;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The body of Post Dataset for a push dataset. No {@code datasources}: they do not apply
 * to push datasets.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateDatasetRequest(String name, Mode defaultMode, List<Table> tables,
		List<Relationship> relationships) {

	public static CreateDatasetRequest push(String name, List<Table> tables) {
		return new CreateDatasetRequest(name, Mode.PUSH, tables, null);
	}

	/** The dataset modes this application creates; the API knows more. */
	public enum Mode {

		/** Rows are stored and reports can be built on them. */
		PUSH("Push"),
		/** Stored like {@link #PUSH}, and also fed to streaming dashboard tiles. */
		PUSH_STREAMING("PushStreaming");

		private final String jsonName;

		Mode(String jsonName) {
			this.jsonName = jsonName;
		}

		@JsonValue
		public String jsonName() {
			return this.jsonName;
		}

	}

}
