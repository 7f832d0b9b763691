package com.pushstudio.sandbox.powerbi;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Get Reports, Get Report, Clone Report, Rebind Report and Post Import, each in the My
 * workspace and the {@code groups/{groupId}} form. The scopes are the swagger's.
 */
@RestController
@RequestMapping(SandboxPowerBiWebConfig.BASE)
class SandboxReportsController {

	private static final String READ = "Report.Read.All";

	private static final String WRITE = "Report.ReadWrite.All";

	private final ReportCatalog catalog;

	private final PowerBiJson json;

	SandboxReportsController(ReportCatalog catalog, PowerBiJson json) {
		this.catalog = catalog;
		this.json = json;
	}

	@GetMapping({ "/reports", "/groups/{groupId}/reports" })
	@PowerBiOperation(scopes = { WRITE, READ })
	ApiModels.ODataList<ReportModels.Report> reports(@RequestAttribute(SandboxCaller.ATTRIBUTE) SandboxCaller caller,
			@PathVariable(required = false) String groupId) {
		return new ApiModels.ODataList<>(SandboxUrls.context("reports"),
				this.catalog.reports(caller, groupId, baseUrl()));
	}

	@GetMapping({ "/reports/{reportId}", "/groups/{groupId}/reports/{reportId}" })
	@PowerBiOperation(scopes = { WRITE, READ })
	ReportModels.Report report(@RequestAttribute(SandboxCaller.ATTRIBUTE) SandboxCaller caller,
			@PathVariable(required = false) String groupId, @PathVariable String reportId) {
		return this.catalog.report(caller, groupId, reportId, baseUrl());
	}

	@PostMapping({ "/reports/{reportId}/Clone", "/groups/{groupId}/reports/{reportId}/Clone" })
	@PowerBiOperation(scopes = "Content.Create")
	ReportModels.Report cloneReport(@RequestAttribute(SandboxCaller.ATTRIBUTE) SandboxCaller caller,
			@PathVariable(required = false) String groupId, @PathVariable String reportId,
			@RequestBody(required = false) byte[] body) {
		return this.catalog.cloneReport(caller, groupId, reportId,
				this.json.read(body, ReportModels.CloneRequest.class), baseUrl());
	}

	@PostMapping({ "/reports/{reportId}/Rebind", "/groups/{groupId}/reports/{reportId}/Rebind" })
	@PowerBiOperation(scopes = WRITE)
	void rebind(@RequestAttribute(SandboxCaller.ATTRIBUTE) SandboxCaller caller,
			@PathVariable(required = false) String groupId, @PathVariable String reportId,
			@RequestBody(required = false) byte[] body) {
		this.catalog.rebind(caller, groupId, reportId, this.json.read(body, ReportModels.RebindRequest.class));
	}

	@PostMapping(path = { "/imports", "/groups/{groupId}/imports" }, consumes = "multipart/form-data")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@PowerBiOperation(scopes = "Dataset.ReadWrite.All")
	ReportModels.Import postImport(@RequestAttribute(SandboxCaller.ATTRIBUTE) SandboxCaller caller,
			@PathVariable(required = false) String groupId, @RequestParam(required = false) String datasetDisplayName,
			@RequestPart(name = "file", required = false) MultipartFile file) {
		return this.catalog.postImport(caller, groupId, datasetDisplayName, (file != null) ? file.getSize() : 0,
				baseUrl());
	}

	private static String baseUrl() {
		return SandboxUrls.powerBi();
	}

}
