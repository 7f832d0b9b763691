package com.pushstudio.powerbi;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.pushstudio.account.CloudEndpoints;
import com.pushstudio.sandbox.SandboxSigningKey;
import com.pushstudio.sandbox.powerbi.SandboxFaults;
import com.pushstudio.support.SandboxPowerBiTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The client against the built-in sandbox over real HTTP, as the application uses it in
 * sandbox mode: the base URL from {@link CloudEndpoints}, tokens signed with the sandbox
 * key. Each test is a new user, so nothing leaks between tests.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(PowerBiClientSandboxIntegrationTests.Config.class)
class PowerBiClientSandboxIntegrationTests {

	private static final String SALES = "Sales (sandbox)";

	private static final String OPERATIONS = "Operations (sandbox)";

	@Autowired
	PowerBiClient client;

	@Autowired
	SandboxPowerBiTokens tokens;

	@Autowired
	SandboxFaults faults;

	private final String user = "user-" + UUID.randomUUID() + "@sandbox.example";

	@AfterEach
	void resetFaults() {
		this.faults.reset();
	}

	@Test
	void listsTheUsersWorkspacesAndTheirDatasets() {
		assertThat(this.client.workspaces(this.user)).extracting(Group::name).containsExactly(OPERATIONS, SALES);
		assertThat(this.client.datasets(this.user, workspace(SALES)))
			.anySatisfy((dataset) -> assertThat(dataset.isPushDataset()).isFalse());
		assertThat(this.client.datasets(this.user, Workspace.MY_WORKSPACE)).isEmpty();
	}

	@Test
	void createsAPushDatasetPushesRowsCountsAndDeletesThem() {
		Workspace operations = workspace(OPERATIONS);
		Dataset created = this.client.createPushDataset(this.user, operations,
				CreateDatasetRequest.push("Deliveries",
						List.of(Table.of("Deliveries",
								List.of(Column.of("Id", DataType.INT64), Column.of("Driver", DataType.STRING))))),
				RetentionPolicy.BASIC_FIFO);
		assertThat(created.defaultRetentionPolicy()).isEqualTo("basicFIFO");
		assertThat(this.client.datasets(this.user, operations)).extracting(Dataset::id).contains(created.id());

		Table widened = Table.of("Deliveries", List.of(Column.of("Id", DataType.INT64),
				Column.of("Driver", DataType.STRING), Column.of("Weight", DataType.DOUBLE)));
		this.client.putTable(this.user, operations, created.id(), widened);
		assertThat(this.client.tables(this.user, operations, created.id())).singleElement()
			.satisfies((table) -> assertThat(table.name()).isEqualTo("Deliveries"));

		this.client.postRows(this.user, operations, created.id(), "Deliveries",
				"{\"rows\":[{\"Id\":1,\"Driver\":\"Ada\",\"Weight\":1.5},{\"Id\":2,\"Driver\":\"Bo\",\"Weight\":2.0}]}"
					.getBytes(StandardCharsets.UTF_8));
		this.client.postRows(this.user, operations, created.id(), "Deliveries",
				List.of(Map.of("Id", 3, "Driver", "Cy", "Weight", 0.5)));
		assertThat(this.client.rowCount(this.user, operations, created.id(), "Deliveries")).hasValue(3);

		this.client.deleteRows(this.user, operations, created.id(), "Deliveries");
		assertThat(this.client.rowCount(this.user, operations, created.id(), "Deliveries")).hasValue(0);
	}

	@Test
	void aTokenThatExpiredDuringBackgroundWorkIsRefreshedOnce() {
		this.tokens.expireNextToken(this.user);
		int refreshesBefore = this.tokens.refreshes();

		assertThat(this.client.workspaces(this.user)).hasSize(2);

		assertThat(this.tokens.refreshes() - refreshesBefore).isEqualTo(1);
	}

	@Test
	void aMissingScopeIsNamed() {
		this.tokens.grantOnly(this.user, "Workspace.Read.All");

		PowerBiPermissionException refused = catchThrowableOfType(PowerBiPermissionException.class,
				() -> this.client.datasets(this.user, Workspace.MY_WORKSPACE));

		assertThat(refused.requiredScope()).isEqualTo("Dataset.ReadWrite.All");
		assertThat(refused.requestId()).isNotBlank();
	}

	@Test
	void rowsCannotBePushedIntoAnImportedDataset() {
		Workspace sales = workspace(SALES);
		Dataset imported = this.client.datasets(this.user, sales)
			.stream()
			.filter((dataset) -> !dataset.isPushDataset())
			.findFirst()
			.orElseThrow();

		assertThat(catchThrowableOfType(NotPushDatasetException.class,
				() -> this.client.postRows(this.user, sales, imported.id(), "Sales", List.of(Map.of("Region", "N")))))
			.isNotNull();
	}

	@Test
	void throttlingServerErrorsAndRetirementArriveTyped() {
		Dataset dataset = pushDataset();
		this.faults.retryAfter(Duration.ofSeconds(7));
		this.faults.throttleNext(1);
		PowerBiThrottledException throttled = catchThrowableOfType(PowerBiThrottledException.class, () -> this.client
			.postRows(this.user, Workspace.MY_WORKSPACE, dataset.id(), "T", List.of(Map.of("A", 1))));
		assertThat(throttled.retryAfter()).isEqualTo(Duration.ofSeconds(7));

		this.faults.failNext(1);
		assertThat(catchThrowableOfType(PowerBiServerException.class, () -> this.client.postRows(this.user,
				Workspace.MY_WORKSPACE, dataset.id(), "T", List.of(Map.of("A", 1)))))
			.isNotNull();

		this.faults.refuseNewDatasets(true);
		assertThat(catchThrowableOfType(PushDatasetsRetiredException.class, this::pushDataset)).isNotNull();
	}

	@Test
	void aFailedPostRowsMayStillHaveLandedSoTheClientDoesNotRepeatIt() {
		Dataset dataset = pushDataset();
		this.faults.dropNext(1);

		catchThrowableOfType(PowerBiServerException.class, () -> this.client.postRows(this.user, Workspace.MY_WORKSPACE,
				dataset.id(), "T", List.of(Map.of("A", 1))));

		assertThat(this.client.rowCount(this.user, Workspace.MY_WORKSPACE, dataset.id(), "T")).hasValue(1);
	}

	@Test
	void listsClonesAndRebindsReports() {
		Workspace sales = workspace(SALES);
		Dataset dataset = pushDataset();
		Report template = this.client.reports(this.user, sales)
			.stream()
			.filter((report) -> report.name().equals("Sales overview (template)"))
			.findFirst()
			.orElseThrow();

		Report clone = this.client.cloneReport(this.user, sales, template.id(),
				CloneReportRequest.onto("Deliveries report", dataset.id(), Workspace.MY_WORKSPACE));
		assertThat(clone.datasetId()).isEqualTo(dataset.id());
		assertThat(this.client.reports(this.user, Workspace.MY_WORKSPACE)).extracting(Report::id).contains(clone.id());

		Dataset other = pushDataset();
		this.client.rebindReport(this.user, Workspace.MY_WORKSPACE, clone.id(), other.id());
		assertThat(this.client.reports(this.user, Workspace.MY_WORKSPACE))
			.filteredOn((report) -> report.id().equals(clone.id()))
			.singleElement()
			.satisfies((report) -> assertThat(report.datasetId()).isEqualTo(other.id()));
	}

	private Dataset pushDataset() {
		return this.client.createPushDataset(this.user, Workspace.MY_WORKSPACE,
				CreateDatasetRequest.push("D", List.of(Table.of("T", List.of(Column.of("A", DataType.INT64))))),
				RetentionPolicy.NONE);
	}

	private Workspace workspace(String name) {
		return this.client.workspaces(this.user)
			.stream()
			.filter((group) -> group.name().equals(name))
			.findFirst()
			.orElseThrow()
			.workspace();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Config {

		@Bean
		@Primary
		SandboxPowerBiTokens sandboxUserTokens(SandboxSigningKey signingKey, CloudEndpoints endpoints) {
			return new SandboxPowerBiTokens(signingKey, endpoints.powerBiResource());
		}

	}

}
