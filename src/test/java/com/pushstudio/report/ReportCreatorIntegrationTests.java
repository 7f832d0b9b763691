package com.pushstudio.report;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.pushstudio.powerbi.Column;
import com.pushstudio.powerbi.CreateDatasetRequest;
import com.pushstudio.powerbi.DataType;
import com.pushstudio.powerbi.Group;
import com.pushstudio.powerbi.PowerBiClient;
import com.pushstudio.powerbi.Report;
import com.pushstudio.powerbi.RetentionPolicy;
import com.pushstudio.powerbi.Table;
import com.pushstudio.powerbi.Workspace;
import com.pushstudio.report.ReportRefusal.Reason;
import com.pushstudio.report.TemplateChoices.TemplateChoice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Creating reports against the sandbox over real HTTP: clone onto the dataset, copy and
 * rebind where Power BI refuses that, and a clear reason for each refusal. Each test is a
 * new sandbox user, with the seeded "Sales (sandbox)" templates.
 */
// The seeded template's dataset is not in the user's record: its columns are known only
// where Power BI tells them, so the sandbox is asked to, as a Power BI might.
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "push-studio.sandbox.powerbi.get-tables-columns=true")
@Import(SandboxReportTestConfig.class)
class ReportCreatorIntegrationTests {

	private static final Table SALES = Table.of("Sales", List.of(Column.of("Date", DataType.DATETIME),
			Column.of("Region", DataType.STRING), Column.of("Amount", DataType.DOUBLE)));

	@Autowired
	PowerBiClient powerBi;

	@Autowired
	ReportCreator creator;

	@Autowired
	TemplateChoices choices;

	@Autowired
	TemplateCatalog catalog;

	String user;

	@BeforeEach
	void newUser() {
		this.user = UUID.randomUUID().toString();
	}

	@Test
	void clonesTheTemplateOntoThePushDataset() {
		String datasetId = dataset(SALES);

		CreatedReport created = this.creator.create(this.user,
				request("Sales overview (template)", "My sales", Workspace.MY_WORKSPACE, datasetId));

		assertThat(created.route()).isEqualTo(CreatedReport.Route.CLONED);
		assertThat(created.report().datasetId()).isEqualTo(datasetId);
		assertThat(created.report().webUrl()).contains("/sandbox/powerbi/reports/" + created.report().id());
		assertThat(this.powerBi.reports(this.user, Workspace.MY_WORKSPACE)).extracting(Report::name)
			.containsExactly("My sales");
	}

	@Test
	void copiesAndRebindsWhereCloningOntoTheDatasetIsRefused() {
		String datasetId = dataset(SALES);

		CreatedReport created = this.creator.create(this.user,
				request("Sales overview (rebind only)", "Rebound sales", Workspace.MY_WORKSPACE, datasetId));

		assertThat(created.route()).isEqualTo(CreatedReport.Route.REBOUND);
		assertThat(this.powerBi.reports(this.user, Workspace.MY_WORKSPACE)).singleElement()
			.satisfies((report) -> assertThat(report.datasetId()).isEqualTo(datasetId));
	}

	@Test
	void aTemplateTheUserMayReadButNotWriteIsRefusedNamingWritePermission() {
		String datasetId = dataset(SALES);

		assertThatExceptionOfType(ReportRefusal.class)
			.isThrownBy(() -> this.creator.create(this.user,
					request("Sales overview (read-only)", "Copy", Workspace.MY_WORKSPACE, datasetId)))
			.satisfies((refusal) -> {
				assertThat(refusal.reason()).isEqualTo(Reason.WRITE_ON_TEMPLATE);
				assertThat(refusal.subject()).isEqualTo("Sales overview (read-only)");
				assertThat(refusal.requiredScope()).isEqualTo("Content.Create");
			});
		assertThat(this.powerBi.reports(this.user, Workspace.MY_WORKSPACE)).isEmpty();
	}

	@Test
	void aTemplateThatIsGoneIsNotFound() {
		String datasetId = dataset(SALES);
		ReportRequest gone = new ReportRequest(salesWorkspace(), UUID.randomUUID().toString(), "Old template", "Copy",
				Workspace.MY_WORKSPACE, "My workspace", datasetId);

		assertThatExceptionOfType(ReportRefusal.class).isThrownBy(() -> this.creator.create(this.user, gone))
			.satisfies((refusal) -> assertThat(refusal.reason()).isEqualTo(Reason.TEMPLATE_NOT_FOUND));
	}

	@Test
	void aWorkspaceTheUserIsNotInIsRefused() {
		String datasetId = dataset(SALES);
		Group strangers = this.powerBi.workspaces(UUID.randomUUID().toString()).get(0);

		assertThatExceptionOfType(ReportRefusal.class)
			.isThrownBy(() -> this.creator.create(this.user,
					request("Sales overview (template)", "Copy", strangers.workspace(), strangers.name(), datasetId)))
			.satisfies((refusal) -> {
				assertThat(refusal.reason()).isEqualTo(Reason.WORKSPACE_REFUSED);
				assertThat(refusal.subject()).isEqualTo(strangers.name());
			});
	}

	@Test
	void aMarkedTemplateIsOfferedFirstToDatasetsOfItsSchema() {
		String datasetId = dataset(SALES);
		DatasetSchema schema = this.choices.schema(this.user, Workspace.MY_WORKSPACE, datasetId);
		TemplateChoice rebindOnly = choice("Sales overview (rebind only)", schema);
		this.catalog.mark(this.user, rebindOnly.workspace(), rebindOnly.report().id(), rebindOnly.report().name(),
				schema);

		List<TemplateChoice> offered = this.choices.choices(this.user, this.choices.places(this.user), schema, null);

		assertThat(offered.get(0).report().name()).isEqualTo("Sales overview (rebind only)");
		assertThat(offered.get(0).fitsSchema()).isTrue();
		// Its tables are known before it is picked: from the schema it was marked for.
		assertThat(offered.get(0).tables())
			.containsExactlyElementsOf(schema.tables().stream().map(DatasetSchema.SchemaTable::name).toList());
		assertThat(this.choices.choices(this.user, this.choices.places(this.user), schema, "read-only"))
			.extracting((choice) -> choice.report().name())
			.containsExactly("Sales overview (read-only)");
	}

	@Test
	void theTemplatesDatasetSchemaIsComparedWithTheTargetBeforeCloning() {
		String datasetId = dataset(
				Table.of("Sales", List.of(Column.of("Date", DataType.DATETIME), Column.of("Amount", DataType.STRING))));
		DatasetSchema target = this.choices.schema(this.user, Workspace.MY_WORKSPACE, datasetId);

		SchemaComparison comparison = SchemaComparison.compare(
				this.choices.templateSchema(this.user, choice("Sales overview (template)", target)).orElseThrow(),
				target);

		assertThat(comparison.missingColumns()).extracting(Object::toString).containsExactly("Sales[Region]");
		assertThat(comparison.typeMismatches()).extracting(Object::toString)
			.containsExactly("Sales[Amount]: Double \u2192 String");
	}

	@Test
	void theNewReportsPageShowsTheRowsPushedIntoTheDataset() {
		String datasetId = dataset(SALES);
		this.powerBi.postRows(this.user, Workspace.MY_WORKSPACE, datasetId, "Sales",
				List.of(Map.of("Date", "2025-03-01T00:00:00Z", "Region", "Lapland", "Amount", 4242.5),
						Map.of("Date", "2025-03-02T00:00:00Z", "Region", "Tasmania", "Amount", 17.25)));
		CreatedReport created = this.creator.create(this.user,
				request("Sales overview (template)", "Pushed sales", Workspace.MY_WORKSPACE, datasetId));

		String html = RestClient.create().get().uri(created.report().webUrl()).retrieve().body(String.class);

		assertThat(html).contains("Pushed sales", "Lapland", "Tasmania", "4242.5", "17.25", "Sum of Amount by Date",
				"2025-03-01");
	}

	private String dataset(Table table) {
		return this.powerBi
			.createPushDataset(this.user, Workspace.MY_WORKSPACE,
					CreateDatasetRequest.push("Sales " + UUID.randomUUID(), List.of(table)), RetentionPolicy.NONE)
			.id();
	}

	private Workspace salesWorkspace() {
		return this.powerBi.workspaces(this.user)
			.stream()
			.filter((group) -> group.name().equals("Sales (sandbox)"))
			.findFirst()
			.orElseThrow()
			.workspace();
	}

	private TemplateChoice choice(String name, DatasetSchema target) {
		return this.choices.choices(this.user, this.choices.places(this.user), target, null)
			.stream()
			.filter((choice) -> choice.report().name().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private ReportRequest request(String template, String name, Workspace target, String datasetId) {
		return request(template, name, target, "My workspace", datasetId);
	}

	private ReportRequest request(String template, String name, Workspace target, String targetName, String datasetId) {
		Workspace sales = salesWorkspace();
		String templateId = this.powerBi.reports(this.user, sales)
			.stream()
			.filter((report) -> report.name().equals(template))
			.findFirst()
			.orElseThrow()
			.id();
		return new ReportRequest(sales, templateId, template, name, target, targetName, datasetId);
	}

}
