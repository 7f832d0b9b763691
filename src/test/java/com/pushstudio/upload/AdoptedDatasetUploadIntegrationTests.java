package com.pushstudio.upload;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.pushstudio.dataset.DatasetDesigner;
import com.pushstudio.dataset.SchemaOfRecord;
import com.pushstudio.powerbi.Column;
import com.pushstudio.powerbi.CreateDatasetRequest;
import com.pushstudio.powerbi.DataType;
import com.pushstudio.powerbi.PowerBiClient;
import com.pushstudio.powerbi.RetentionPolicy;
import com.pushstudio.powerbi.Table;
import com.pushstudio.powerbi.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Uploads into a push dataset made outside Push Studio, whose columns Power BI does not
 * tell: the user states them; rows Power BI accepts confirm the statement, and rows it
 * refuses name the stated column that does not fit.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "push-studio.sandbox.powerbi.get-tables-columns=false")
@Import(UploadTestConfig.class)
class AdoptedDatasetUploadIntegrationTests {

	private static final List<Column> SALES = List.of(Column.of("Id", DataType.INT64),
			Column.of("Name", DataType.STRING), Column.of("Amount", DataType.DOUBLE),
			Column.of("When", DataType.DATETIME));

	@Autowired
	ApplicationContext context;

	@Autowired
	PowerBiClient powerBi;

	@Autowired
	DatasetDesigner designer;

	@Autowired
	SchemaOfRecord schemas;

	UploadFlows flows;

	String datasetId;

	@BeforeEach
	void adoptADatasetMadeElsewhere() {
		this.flows = new UploadFlows(this.context);
		this.datasetId = this.powerBi
			.createPushDataset(this.flows.user(), Workspace.MY_WORKSPACE,
					CreateDatasetRequest.push("Made elsewhere", List.of(Table.of(UploadFlows.TABLE, SALES))),
					RetentionPolicy.NONE)
			.id();
		this.designer.adopt(this.flows.user(), "me", this.datasetId);
	}

	@Test
	void aTableWhoseColumnsAreNotStatedYetTakesNoUpload() {
		assertThatExceptionOfType(UploadRefusedException.class)
			.isThrownBy(() -> this.flows.uploads()
				.create(this.flows.user(), "me", this.datasetId, UploadFlows.TABLE,
						new MockMultipartFile("file", "sales.csv", "text/csv", UploadFlows.csv(3))))
			.withMessageContaining("not stated yet");
	}

	@Test
	void rowsPushedWithTheStatedColumnsLandAndConfirmThem() {
		this.designer.stateTable(this.flows.user(), this.datasetId, Table.of(UploadFlows.TABLE, SALES));
		assertThat(statedStill()).isTrue();

		String id = this.flows.start(this.datasetId, UploadFlows.csv(250), false);

		this.flows.awaitState(id, JobState.DONE);
		assertThat(this.flows.storedIds(this.datasetId)).isEqualTo(UploadFlows.ids(1, 250));
		assertThat(statedStill()).isFalse();
	}

	@Test
	void aStatedColumnPowerBiDoesNotHaveIsNamedWhenPowerBiRefusesTheRows() {
		List<Column> wrong = List.of(Column.of("Id", DataType.INT64), Column.of("Name", DataType.STRING),
				Column.of("Discount", DataType.DOUBLE));
		this.designer.stateTable(this.flows.user(), this.datasetId, Table.of(UploadFlows.TABLE, wrong));
		byte[] csv = "Id,Name,Discount\n1,Ada,0.5\n".getBytes(StandardCharsets.UTF_8);

		String id = this.flows.start(this.datasetId, csv, false);

		UploadJob failed = this.flows.awaitState(id, JobState.FAILED);
		assertThat(failed.message()).contains("do not fit the columns you stated")
			.contains("Check column \u201cDiscount\u201d")
			.contains("stated by you, not read from Power BI");
		assertThat(this.flows.storedIds(this.datasetId)).isEmpty();
		assertThat(statedStill()).isTrue();
	}

	private boolean statedStill() {
		return this.schemas.dataset(this.flows.user(), this.datasetId)
			.orElseThrow()
			.table(UploadFlows.TABLE)
			.orElseThrow()
			.stated();
	}

}
