package com.pushstudio.dataset;

import java.util.List;
import java.util.UUID;

import com.pushstudio.dataset.DatasetDetails.Presence;
import com.pushstudio.dataset.DatasetDetails.TableDetails;
import com.pushstudio.powerbi.Column;
import com.pushstudio.powerbi.CreateDatasetRequest;
import com.pushstudio.powerbi.DataType;
import com.pushstudio.powerbi.PowerBiClient;
import com.pushstudio.powerbi.PowerBiException;
import com.pushstudio.powerbi.PowerBiNotFoundException;
import com.pushstudio.powerbi.RetentionPolicy;
import com.pushstudio.powerbi.Table;
import com.pushstudio.powerbi.Workspace;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;

/**
 * The schema of record against a sandbox that answers Get Tables as Power BI does, with
 * table names only: every page, form and change reads the columns from the record, a
 * schema change sends every column the user kept, and a dataset made elsewhere is adopted
 * with its columns stated by the user.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "push-studio.sandbox.powerbi.get-tables-columns=false")
@Import(DatasetDesignerIntegrationTests.Config.class)
class SchemaOfRecordIntegrationTests {

	private static final List<Column> ORDERS = List.of(Column.of("Id", DataType.INT64),
			Column.of("Customer", DataType.STRING), Column.of("Amount", DataType.DOUBLE));

	@Autowired
	DatasetDesigner designer;

	@Autowired
	SchemaOfRecord schemas;

	@MockitoSpyBean
	PowerBiClient powerBi;

	private final String user = "record-" + UUID.randomUUID() + "@sandbox.example";

	@Test
	void theDatasetPageShowsTheRecordedColumnsThoughPowerBiTellsOnlyTableNames() {
		String datasetId = this.designer.create(this.user, SchemaRulesTests.salesAndProducts());
		assertThat(this.powerBi.tables(this.user, Workspace.MY_WORKSPACE, datasetId))
			.allSatisfy((table) -> assertThat(table.columns()).isNullOrEmpty());

		DatasetDetails details = this.designer.details(this.user, datasetId);

		assertThat(details.tables()).extracting(TableDetails::name).containsExactly("Sales", "Product");
		assertThat(details.tables()).allSatisfy((table) -> {
			assertThat(table.presence()).isEqualTo(Presence.IN_POWER_BI);
			assertThat(table.stated()).isFalse();
		});
		assertThat(details.tables().get(0).columns()).containsExactly(Column.of("Amount", DataType.DOUBLE),
				Column.of("ProductId", DataType.INT64));
		assertThat(this.designer.tableForm(this.user, datasetId, "product").getColumns())
			.extracting(ColumnForm::getName)
			.containsExactly("ProductId", "Name");
	}

	@Test
	void aSchemaChangeSendsEveryColumnTheUserKeptAndIsRecordedOnceAccepted() {
		String datasetId = this.designer.create(this.user, SchemaRulesTests.salesAndProducts());
		TableForm product = this.designer.tableForm(this.user, datasetId, "Product");
		product.getColumns().add(new ColumnForm("Price", DataType.DOUBLE));

		this.designer.changeTable(this.user, datasetId, product);

		ArgumentCaptor<Table> sent = ArgumentCaptor.forClass(Table.class);
		verify(this.powerBi).putTable(eq(this.user), any(), eq(datasetId), sent.capture());
		List<Column> expected = List.of(Column.of("ProductId", DataType.INT64), Column.of("Name", DataType.STRING),
				Column.of("Price", DataType.DOUBLE));
		assertThat(sent.getValue().columns()).isEqualTo(expected);
		assertThat(this.schemas.dataset(this.user, datasetId).orElseThrow().table("Product").orElseThrow().columns())
			.isEqualTo(expected);
	}

	@Test
	void aSchemaChangePowerBiRefusesLeavesTheRecordAsItWas() {
		String datasetId = this.designer.create(this.user, SchemaRulesTests.salesAndProducts());
		TableForm product = this.designer.tableForm(this.user, datasetId, "Product");
		product.getColumns().add(new ColumnForm("", DataType.DOUBLE));

		assertThatExceptionOfType(PowerBiException.class)
			.isThrownBy(() -> this.designer.changeTable(this.user, datasetId, product));

		assertThat(this.schemas.dataset(this.user, datasetId).orElseThrow().table("Product").orElseThrow().columns())
			.extracting(Column::name)
			.containsExactly("ProductId", "Name");
	}

	@Test
	void aDeletedDatasetIsGoneFromPowerBiAndFromTheRecord() {
		String datasetId = this.designer.create(this.user, SchemaRulesTests.salesAndProducts());

		this.designer.delete(this.user, datasetId);

		assertThat(this.schemas.dataset(this.user, datasetId)).isEmpty();
		assertThatExceptionOfType(PowerBiNotFoundException.class)
			.isThrownBy(() -> this.powerBi.dataset(this.user, Workspace.MY_WORKSPACE, datasetId));
	}

	@Test
	void aPushDatasetMadeElsewhereIsAdoptedByTableNameAndItsColumnsAreStatedByTheUser() {
		String datasetId = this.powerBi.createPushDataset(this.user, Workspace.MY_WORKSPACE,
				CreateDatasetRequest.push("Made elsewhere", List.of(Table.of("Orders", ORDERS))), RetentionPolicy.NONE)
			.id();
		assertThat(this.designer.datasets(this.user, null)).filteredOn((dataset) -> dataset.id().equals(datasetId))
			.singleElement()
			.satisfies((dataset) -> assertThat(dataset.adoptable()).isTrue());

		this.designer.adopt(this.user, "me", datasetId);

		DatasetDetails adopted = this.designer.details(this.user, datasetId);
		assertThat(adopted.origin()).isEqualTo(DatasetOrigin.ADOPTED);
		assertThat(adopted.name()).isEqualTo("Made elsewhere");
		assertThat(adopted.tables()).singleElement().satisfies((table) -> {
			assertThat(table.name()).isEqualTo("Orders");
			assertThat(table.columnsKnown()).isFalse();
			assertThat(table.stated()).isTrue();
		});

		this.designer.stateTable(this.user, datasetId, Table.of("orders", ORDERS));

		TableDetails stated = this.designer.details(this.user, datasetId).tables().get(0);
		assertThat(stated.name()).isEqualTo("Orders");
		assertThat(stated.columns()).isEqualTo(ORDERS);
		assertThat(stated.stated()).isTrue();
		assertThat(this.designer.datasets(this.user, null)).filteredOn((dataset) -> dataset.id().equals(datasetId))
			.singleElement()
			.satisfies((dataset) -> assertThat(dataset.origin()).isEqualTo(DatasetOrigin.ADOPTED));
	}

}
