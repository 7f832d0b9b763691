package com.pushstudio.report;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import com.pushstudio.powerbi.Workspace;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports each user marked as templates, with the schema they were marked for. Every
 * lookup is by owner: another user's template is not found, as one that does not exist.
 */
@Service
class TemplateCatalog {

	private final ReportTemplateRepository templates;

	private final JsonMapper json = JsonMapper.builder().build();

	private final Clock clock = Clock.systemUTC();

	TemplateCatalog(ReportTemplateRepository templates) {
		this.templates = templates;
	}

	/**
	 * Marks (or re-marks) a report as a template for datasets shaped as {@code schema}.
	 */
	@Transactional
	void mark(String owner, Workspace workspace, String reportId, String reportName, DatasetSchema schema) {
		String schemaJson = this.json.writeValueAsString(schema);
		this.templates.findByOwnerAndReportId(owner, reportId)
			.ifPresentOrElse((template) -> template.markFor(reportName, schema.signature(), schemaJson),
					() -> this.templates.save(new ReportTemplate(owner, reportId, workspace.idOrMe(), reportName,
							schema.signature(), schemaJson, this.clock.instant())));
	}

	/**
	 * @return whether there was such a template of this owner
	 */
	@Transactional
	boolean unmark(String owner, long id) {
		return this.templates.findByIdAndOwner(id, owner).map((template) -> {
			this.templates.delete(template);
			return true;
		}).orElse(false);
	}

	@Transactional(readOnly = true)
	List<MarkedTemplate> templates(String owner) {
		return this.templates.findByOwnerOrderByReportName(owner).stream().map(this::marked).toList();
	}

	@Transactional(readOnly = true)
	Optional<MarkedTemplate> template(String owner, String reportId) {
		return this.templates.findByOwnerAndReportId(owner, reportId).map(this::marked);
	}

	private MarkedTemplate marked(ReportTemplate template) {
		return new MarkedTemplate(template.id(), template.reportId(), Workspace.of(template.workspace()),
				template.reportName(), template.schemaSignature(),
				this.json.readValue(template.schemaJson(), DatasetSchema.class));
	}

	record MarkedTemplate(long id, String reportId, Workspace workspace, String reportName, String signature,
			DatasetSchema schema) {
	}

}
