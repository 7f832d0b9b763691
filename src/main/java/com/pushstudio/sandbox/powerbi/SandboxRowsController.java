package com.pushstudio.sandbox.powerbi;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Post Rows and Delete Rows: 200 with an empty body, as Power BI answers. */
@RestController
@RequestMapping(SandboxPowerBiWebConfig.BASE)
class SandboxRowsController {

	private final RowIngest rows;

	SandboxRowsController(RowIngest rows) {
		this.rows = rows;
	}

	@PostMapping({ "/datasets/{datasetId}/tables/{tableName}/rows",
			"/groups/{groupId}/datasets/{datasetId}/tables/{tableName}/rows" })
	@PowerBiOperation(scopes = "Dataset.ReadWrite.All", postRows = true)
	void post(@RequestAttribute(SandboxCaller.ATTRIBUTE) SandboxCaller caller,
			@PathVariable(required = false) String groupId, @PathVariable String datasetId,
			@PathVariable String tableName, @RequestBody(required = false) byte[] body) {
		this.rows.post(caller, groupId, datasetId, tableName, body);
	}

	@DeleteMapping({ "/datasets/{datasetId}/tables/{tableName}/rows",
			"/groups/{groupId}/datasets/{datasetId}/tables/{tableName}/rows" })
	@PowerBiOperation(scopes = "Dataset.ReadWrite.All")
	void delete(@RequestAttribute(SandboxCaller.ATTRIBUTE) SandboxCaller caller,
			@PathVariable(required = false) String groupId, @PathVariable String datasetId,
			@PathVariable String tableName) {
		this.rows.delete(caller, groupId, datasetId, tableName);
	}

}
