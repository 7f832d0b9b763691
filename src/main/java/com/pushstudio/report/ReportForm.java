package com.pushstudio.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The "Create report" form: the template (as {@code workspace:reportId}), the new
 * report's name, the target workspace ({@code me} or a group id), and whether the user
 * confirmed creating it despite schema warnings.
 */
record ReportForm(@NotBlank String template, @NotBlank @Size(max = 200) String name, @NotBlank String target,
		Boolean confirmed) {

	/** A blank form whose new report goes where the dataset lives, unless changed. */
	static ReportForm into(String workspace) {
		return new ReportForm("", "", workspace, false);
	}

	/** Absent from the first submission: only "Create anyway" sends it. */
	boolean confirmedAnyway() {
		return Boolean.TRUE.equals(this.confirmed);
	}

}
