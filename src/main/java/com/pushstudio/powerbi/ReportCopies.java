package com.pushstudio.powerbi;

/**
 * Clone Report bodies beyond {@link CloneReportRequest#onto}: a plain copy that keeps the
 * template's dataset, for the clone-then-rebind route where Power BI refuses to clone
 * straight onto another dataset.
 */
public final class ReportCopies {

	private ReportCopies() {
	}

	/**
	 * A copy named {@code name} in {@code target}, still bound to the source's dataset.
	 */
	public static CloneReportRequest keepingDataset(String name, Workspace target) {
		return new CloneReportRequest(name, null, target.targetId());
	}

}
