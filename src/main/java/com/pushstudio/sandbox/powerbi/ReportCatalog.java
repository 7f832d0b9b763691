package com.pushstudio.sandbox.powerbi;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Reports: Get Reports, Get Report, Clone, Rebind and the recorded Post Import, with the
 * permission checks of the swagger: Write on the report, Build on the target dataset (the
 * sandbox grants Build on every dataset of the caller). Reports of other users are 404,
 * as ids that do not exist.
 */
@Service
class ReportCatalog {

	/** Clone's way of saying "My workspace" as a target. */
	static final String MY_WORKSPACE_TARGET = "00000000-0000-0000-0000-000000000000";

	private final ReportSeeds seeds;

	private final WorkspaceDirectory workspaces;

	private final DatasetCatalog datasets;

	private final DatasetRepository datasetRepository;

	private final SandboxReportRepository reports;

	private final SandboxImportRepository imports;

	private final Clock clock;

	ReportCatalog(ReportSeeds seeds, WorkspaceDirectory workspaces, DatasetCatalog datasets,
			DatasetRepository datasetRepository, SandboxReportRepository reports, SandboxImportRepository imports,
			SandboxClock clock) {
		this.seeds = seeds;
		this.workspaces = workspaces;
		this.datasets = datasets;
		this.datasetRepository = datasetRepository;
		this.reports = reports;
		this.imports = imports;
		this.clock = clock.clock();
	}

	@Transactional(readOnly = true)
	List<ReportModels.Report> reports(SandboxCaller caller, String groupId, String baseUrl) {
		this.seeds.seed(caller);
		return this.reports.findByWorkspaceIdOrderByCreatedAt(this.workspaces.workspace(caller, groupId).id())
			.stream()
			.map((report) -> answer(report, baseUrl))
			.toList();
	}

	@Transactional(readOnly = true)
	ReportModels.Report report(SandboxCaller caller, String groupId, String reportId, String baseUrl) {
		return answer(find(caller, groupId, reportId), baseUrl);
	}

	@Transactional
	ReportModels.Report cloneReport(SandboxCaller caller, String groupId, String reportId,
			ReportModels.CloneRequest request, String baseUrl) {
		SandboxReport source = find(caller, groupId, reportId);
		if (!StringUtils.hasText(request.name())) {
			throw PowerBiApiException.badRequest("The new report name is required.", "name");
		}
		SandboxWorkspace target = targetWorkspace(caller, source, request.targetWorkspaceId());
		if (!source.writable()) {
			throw noWrite(source);
		}
		String datasetId = source.datasetId();
		if (StringUtils.hasText(request.targetModelId())) {
			datasetId = this.datasets.dataset(caller, null, request.targetModelId()).id();
			if (source.cloneOntoModelRefused()) {
				throw new PowerBiApiException(HttpStatus.BAD_REQUEST, "BadRequest", "Bad Request",
						List.of(new PowerBiError.Detail("Report " + source.id()
								+ " cannot be cloned onto another semantic model; clone it and rebind the copy.",
								"targetModelId")),
						null);
			}
		}
		var copy = this.reports.save(new SandboxReport(UUID.randomUUID().toString(), target, request.name().trim(),
				datasetId, true, false, false, this.clock.instant()));
		return answer(copy, baseUrl);
	}

	@Transactional
	void rebind(SandboxCaller caller, String groupId, String reportId, ReportModels.RebindRequest request) {
		SandboxReport report = find(caller, groupId, reportId);
		if (request == null || !StringUtils.hasText(request.datasetId())) {
			throw PowerBiApiException.badRequest("The datasetId is required.", "datasetId");
		}
		if (!report.writable()) {
			throw noWrite(report);
		}
		report.rebind(this.datasets.dataset(caller, null, request.datasetId()).id());
	}

	/**
	 * Records a PBIX import: the sandbox cannot read the file, so it makes an empty
	 * (imported, non-push) dataset and a report on it, named after
	 * {@code datasetDisplayName}.
	 */
	@Transactional
	ReportModels.Import postImport(SandboxCaller caller, String groupId, String datasetDisplayName, long fileSize,
			String baseUrl) {
		SandboxWorkspace workspace = this.workspaces.workspace(caller, groupId);
		if (!StringUtils.hasText(datasetDisplayName)) {
			throw PowerBiApiException.badRequest("datasetDisplayName is required.", "datasetDisplayName");
		}
		if (fileSize <= 0) {
			throw PowerBiApiException.badRequest("The request has no file.", "file");
		}
		String name = datasetDisplayName.replaceFirst("(?i)\\.pbix$", "");
		var dataset = this.datasetRepository.save(new SandboxDataset(UUID.randomUUID().toString(), workspace, name,
				"Import", "None", false, caller.upn(), this.clock.instant(), "{\"tables\":[],\"relationships\":[]}"));
		var report = this.reports.save(new SandboxReport(UUID.randomUUID().toString(), workspace, name, dataset.id(),
				true, false, false, this.clock.instant()));
		var recorded = this.imports.save(new SandboxImport(UUID.randomUUID().toString(), workspace, datasetDisplayName,
				report.id(), dataset.id(), this.clock.instant()));
		String at = recorded.createdAt().toString();
		return new ReportModels.Import(recorded.id(), recorded.name(), recorded.importState(),
				List.of(ReportModels.Report.of(report, baseUrl)), List.of(ApiModels.Dataset.of(dataset)), at, at);
	}

	private SandboxReport find(SandboxCaller caller, String groupId, String reportId) {
		this.seeds.seed(caller);
		SandboxReport report = this.reports.findByIdAndOwnerOid(reportId, caller.oid())
			.orElseThrow(() -> notFound(reportId));
		if (groupId != null && !this.workspaces.workspace(caller, groupId).id().equals(report.workspaceId())) {
			throw notFound(reportId);
		}
		return report;
	}

	private SandboxWorkspace targetWorkspace(SandboxCaller caller, SandboxReport source, String targetWorkspaceId) {
		if (!StringUtils.hasText(targetWorkspaceId)) {
			return this.workspaces.workspace(caller, source.workspaceId());
		}
		return this.workspaces.workspace(caller,
				MY_WORKSPACE_TARGET.equals(targetWorkspaceId) ? null : targetWorkspaceId);
	}

	private ReportModels.Report answer(SandboxReport report, String baseUrl) {
		return ReportModels.Report.of(report, baseUrl);
	}

	private static PowerBiApiException noWrite(SandboxReport report) {
		return PowerBiApiException.forbidden("PowerBINotAuthorizedException",
				"The user does not have Write permission on report " + report.id() + ".");
	}

	private static PowerBiApiException notFound(String reportId) {
		return PowerBiApiException.notFound("Report " + reportId + " is not found.");
	}

}
