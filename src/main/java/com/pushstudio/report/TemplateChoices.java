package com.pushstudio.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.pushstudio.dataset.RecordedDataset;
import com.pushstudio.dataset.SchemaOfRecord;
import com.pushstudio.powerbi.PowerBiClient;
import com.pushstudio.powerbi.PowerBiException;
import com.pushstudio.powerbi.PowerBiNotFoundException;
import com.pushstudio.powerbi.PowerBiPermissionException;
import com.pushstudio.powerbi.Report;
import com.pushstudio.powerbi.Workspace;
import com.pushstudio.report.TemplateCatalog.MarkedTemplate;

import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * The template reports a user can pick for a dataset, from all their workspaces, those
 * marked for the dataset's schema first; and what is known of a template's schema, to
 * compare it with the dataset before cloning.
 */
@Service
class TemplateChoices {

	private final PowerBiClient powerBi;

	private final TemplateCatalog catalog;

	private final SchemaOfRecord schemas;

	TemplateChoices(PowerBiClient powerBi, TemplateCatalog catalog, SchemaOfRecord schemas) {
		this.powerBi = powerBi;
		this.catalog = catalog;
		this.schemas = schemas;
	}

	/**
	 * The dataset's schema of record where the user keeps one; else what Get Tables
	 * tells, which is table names only.
	 * @throws PowerBiNotFoundException when the dataset does not exist or is not the
	 * user's to see
	 */
	DatasetSchema schema(String owner, Workspace workspace, String datasetId) {
		Optional<RecordedDataset> recorded = this.schemas.dataset(owner, datasetId)
			.filter((dataset) -> dataset.workspace().equals(workspace));
		if (recorded.isPresent()) {
			return DatasetSchema.of(recorded.get());
		}
		return DatasetSchema.of(this.powerBi.tables(owner, workspace, datasetId));
	}

	/** My workspace first, then the user's workspaces. */
	List<Place> places(String owner) {
		List<Place> places = new ArrayList<>();
		places.add(new Place(Workspace.MY_WORKSPACE, null));
		this.powerBi.workspaces(owner)
			.stream()
			.filter((group) -> group.id() != null)
			.forEach((group) -> places
				.add(new Place(group.workspace(), Objects.requireNonNullElse(group.name(), group.id()))));
		return places;
	}

	List<TemplateChoice> choices(String owner, List<Place> places, DatasetSchema target, String query) {
		Map<String, MarkedTemplate> marked = this.catalog.templates(owner)
			.stream()
			.collect(Collectors.toMap(MarkedTemplate::reportId, Function.identity()));
		String signature = target.signature();
		List<TemplateChoice> choices = new ArrayList<>();
		for (Place place : places) {
			for (Report report : reportsIn(owner, place.workspace())) {
				MarkedTemplate template = marked.get(report.id());
				choices.add(new TemplateChoice(place.workspace(), place.name(), report,
						(template != null) ? template.id() : null,
						template != null && template.signature().equals(signature),
						knownTables(owner, template, report)));
			}
		}
		return choices.stream()
			.filter((choice) -> matches(choice, query))
			.sorted(Comparator.comparing(TemplateChoice::fitsSchema)
				.thenComparing(TemplateChoice::marked)
				.reversed()
				.thenComparing((choice) -> choice.report().name().toLowerCase(Locale.ROOT)))
			.toList();
	}

	/**
	 * The template's tables as far as the application knows them without asking Power BI,
	 * so that a person sees them before picking; empty when unknown.
	 */
	private List<String> knownTables(String owner, MarkedTemplate template, Report report) {
		return knownSchema(owner, template, report)
			.map((schema) -> schema.tables().stream().map(DatasetSchema.SchemaTable::name).toList())
			.orElse(List.of());
	}

	/**
	 * What the application knows of the template's dataset: the schema it was marked for,
	 * else the user's record of its dataset, else its dataset's tables as Power BI tells
	 * them (names only); empty when none is known.
	 */
	Optional<DatasetSchema> templateSchema(String owner, TemplateChoice choice) {
		Optional<DatasetSchema> known = knownSchema(owner,
				this.catalog.template(owner, choice.report().id()).orElse(null), choice.report());
		if (known.isPresent() || choice.report().datasetId() == null) {
			return known;
		}
		try {
			return Optional.of(schema(owner, choice.workspace(), choice.report().datasetId()));
		}
		catch (PowerBiException ex) {
			// Not a push dataset, or in a workspace the user cannot read: nothing to
			// compare.
			return Optional.empty();
		}
	}

	/**
	 * Known without asking Power BI: the schema the template was marked for, else the
	 * user's record of its dataset.
	 */
	private Optional<DatasetSchema> knownSchema(String owner, MarkedTemplate template, Report report) {
		if (template != null) {
			return Optional.of(template.schema());
		}
		if (report.datasetId() == null) {
			return Optional.empty();
		}
		return this.schemas.dataset(owner, report.datasetId()).map(DatasetSchema::of);
	}

	/**
	 * The reports Power BI lists there; one without an id cannot be cloned, one without a
	 * name goes by its id.
	 */
	private List<Report> reportsIn(String owner, Workspace workspace) {
		try {
			return this.powerBi.reports(owner, workspace)
				.stream()
				.filter((report) -> report.id() != null)
				.map((report) -> (report.name() != null) ? report
						: new Report(report.id(), report.id(), report.webUrl(), report.embedUrl(), report.datasetId(),
								report.reportType(), report.description()))
				.toList();
		}
		catch (PowerBiNotFoundException | PowerBiPermissionException ex) {
			return List.of();
		}
	}

	private static boolean matches(TemplateChoice choice, String query) {
		if (!StringUtils.hasText(query)) {
			return true;
		}
		String wanted = query.trim().toLowerCase(Locale.ROOT);
		return choice.report().name().toLowerCase(Locale.ROOT).contains(wanted)
				|| (choice.workspaceName() != null && choice.workspaceName().toLowerCase(Locale.ROOT).contains(wanted));
	}

	/** A workspace reports can go to; {@code name} is {@code null} for My workspace. */
	record Place(Workspace workspace, String name) {

		public String value() {
			return this.workspace.idOrMe();
		}

	}

	/**
	 * A report offered as template; {@code templateId} is set when the user marked it,
	 * {@code fitsSchema} when marked for the dataset's very schema.
	 */
	record TemplateChoice(Workspace workspace, String workspaceName, Report report, Long templateId, boolean fitsSchema,
			List<String> tables) {

		TemplateChoice(Workspace workspace, String workspaceName, Report report, Long templateId, boolean fitsSchema) {
			this(workspace, workspaceName, report, templateId, fitsSchema, List.of());
		}

		/** How the form carries it: {@code workspace:reportId}. */
		public String key() {
			return this.workspace.idOrMe() + ":" + this.report.id();
		}

		public boolean marked() {
			return this.templateId != null;
		}

	}

}
