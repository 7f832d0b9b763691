package com.pushstudio.report;

import com.pushstudio.powerbi.PowerBiException;

/**
 * Power BI refused to create the report for a reason the user can act on. The reason
 * names the message key ({@code report.refused.<reason>}) that says what happened and
 * what to do next.
 */
class ReportRefusal extends RuntimeException {

	enum Reason {

		/** Clone refused: the user may read the template but has no Write on it. */
		WRITE_ON_TEMPLATE,
		/** Rebind refused: the user has no Build on the dataset. */
		BUILD_ON_DATASET,
		/** The template report is gone or hidden from the user. */
		TEMPLATE_NOT_FOUND,
		/** The target workspace does not take the user's reports. */
		WORKSPACE_REFUSED,
		/** The dataset is gone or hidden from the user. */
		DATASET_NOT_FOUND;

		public String messageKey() {
			return "report.refused." + name();
		}

	}

	private final Reason reason;

	private final String subject;

	ReportRefusal(Reason reason, String subject, PowerBiException cause) {
		super(reason + " (" + subject + ")", cause);
		this.reason = reason;
		this.subject = subject;
	}

	public Reason reason() {
		return this.reason;
	}

	/** What was refused, by name: the template, the workspace or the dataset. */
	public String subject() {
		return this.subject;
	}

	/** The scope Power BI named, if it was a permission refusal; else {@code null}. */
	public String requiredScope() {
		return (getCause() instanceof com.pushstudio.powerbi.PowerBiPermissionException permission)
				? permission.requiredScope() : null;
	}

}
