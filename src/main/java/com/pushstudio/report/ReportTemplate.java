package com.pushstudio.report;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A report one user marked as a template for datasets of one schema. */
@Entity
@Table(name = "report_template")
class ReportTemplate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String owner;

	private String reportId;

	private String workspace;

	private String reportName;

	private String schemaSignature;

	@Column(length = 100_000)
	private String schemaJson;

	private Instant createdAt;

	protected ReportTemplate() {
	}

	ReportTemplate(String owner, String reportId, String workspace, String reportName, String schemaSignature,
			String schemaJson, Instant createdAt) {
		this.owner = owner;
		this.reportId = reportId;
		this.workspace = workspace;
		this.reportName = reportName;
		this.schemaSignature = schemaSignature;
		this.schemaJson = schemaJson;
		this.createdAt = createdAt;
	}

	Long id() {
		return this.id;
	}

	String reportId() {
		return this.reportId;
	}

	String workspace() {
		return this.workspace;
	}

	String reportName() {
		return this.reportName;
	}

	String schemaSignature() {
		return this.schemaSignature;
	}

	String schemaJson() {
		return this.schemaJson;
	}

	void markFor(String reportName, String schemaSignature, String schemaJson) {
		this.reportName = reportName;
		this.schemaSignature = schemaSignature;
		this.schemaJson = schemaJson;
	}

}
