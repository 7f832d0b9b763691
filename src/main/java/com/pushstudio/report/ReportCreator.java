package com.pushstudio.report;

import com.pushstudio.powerbi.CloneReportRequest;
import com.pushstudio.powerbi.PowerBiClient;
import com.pushstudio.powerbi.PowerBiException;
import com.pushstudio.powerbi.PowerBiNotFoundException;
import com.pushstudio.powerbi.PowerBiPermissionException;
import com.pushstudio.powerbi.Report;
import com.pushstudio.powerbi.ReportCopies;
import com.pushstudio.report.ReportRefusal.Reason;

import org.springframework.stereotype.Service;

/**
 * Creates a report on a dataset from a template: Clone with {@code targetModelId} first
 * (one call); where Power BI refuses that (400, 403), a plain copy in the target
 * workspace rebound to the dataset. Refusals are told apart by asking Power BI what the
 * user can see, not by parsing its messages.
 */
@Service
class ReportCreator {

	private enum Step {

		CLONE, REBIND

	}

	private final PowerBiClient powerBi;

	ReportCreator(PowerBiClient powerBi) {
		this.powerBi = powerBi;
	}

	CreatedReport create(String owner, ReportRequest request) {
		try {
			Report report = this.powerBi.cloneReport(owner, request.templateWorkspace(), request.templateId(),
					CloneReportRequest.onto(request.name(), request.datasetId(), request.target()));
			return new CreatedReport(report, CreatedReport.Route.CLONED);
		}
		catch (PowerBiNotFoundException ex) {
			throw refusal(owner, request, Step.CLONE, ex);
		}
		catch (PowerBiException ex) {
			if (ex instanceof PowerBiPermissionException || ex.status() == 400) {
				return copyAndRebind(owner, request);
			}
			throw ex;
		}
	}

	private CreatedReport copyAndRebind(String owner, ReportRequest request) {
		Report copy;
		try {
			copy = this.powerBi.cloneReport(owner, request.templateWorkspace(), request.templateId(),
					ReportCopies.keepingDataset(request.name(), request.target()));
		}
		catch (PowerBiNotFoundException | PowerBiPermissionException ex) {
			throw refusal(owner, request, Step.CLONE, ex);
		}
		try {
			this.powerBi.rebindReport(owner, request.target(), copy.id(), request.datasetId());
		}
		catch (PowerBiNotFoundException | PowerBiPermissionException ex) {
			throw refusal(owner, request, Step.REBIND, ex);
		}
		Report rebound = new Report(copy.id(), copy.name(), copy.webUrl(), copy.embedUrl(), request.datasetId(),
				copy.reportType(), copy.description());
		return new CreatedReport(rebound, CreatedReport.Route.REBOUND);
	}

	private ReportRefusal refusal(String owner, ReportRequest request, Step step, PowerBiException ex) {
		if (!request.target().isMyWorkspace() && this.powerBi.workspaces(owner)
			.stream()
			.noneMatch((group) -> request.target().groupId().equals(group.id()))) {
			return new ReportRefusal(Reason.WORKSPACE_REFUSED, request.targetName(), ex);
		}
		if (step == Step.CLONE && !templateVisible(owner, request)) {
			return new ReportRefusal(Reason.TEMPLATE_NOT_FOUND, request.templateName(), ex);
		}
		if (ex instanceof PowerBiNotFoundException) {
			return new ReportRefusal(Reason.DATASET_NOT_FOUND, request.datasetId(), ex);
		}
		return (step == Step.CLONE) ? new ReportRefusal(Reason.WRITE_ON_TEMPLATE, request.templateName(), ex)
				: new ReportRefusal(Reason.BUILD_ON_DATASET, request.datasetId(), ex);
	}

	private boolean templateVisible(String owner, ReportRequest request) {
		try {
			return this.powerBi.reports(owner, request.templateWorkspace())
				.stream()
				.anyMatch((report) -> report.id().equals(request.templateId()));
		}
		catch (PowerBiNotFoundException | PowerBiPermissionException ex) {
			return false;
		}
	}

}
