package com.pushstudio.dataset;

import java.util.List;
import java.util.UUID;

import com.pushstudio.account.CloudEndpoints;
import com.pushstudio.powerbi.Column;
import com.pushstudio.powerbi.DataType;
import com.pushstudio.powerbi.Measure;
import com.pushstudio.powerbi.PowerBiClient;
import com.pushstudio.powerbi.RetentionPolicy;
import com.pushstudio.powerbi.Table;
import com.pushstudio.powerbi.Workspace;
import com.pushstudio.sandbox.SandboxSigningKey;
import com.pushstudio.support.SandboxPowerBiTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The designer against the built-in sandbox over real HTTP, as in sandbox mode: what it
 * creates is exactly what Power BI then holds, and only its owner can reach it. To see
 * what Power BI holds, the sandbox is asked to tell columns in Get Tables, which Power BI
 * itself does not; the designer never reads them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "push-studio.sandbox.powerbi.get-tables-columns=true")
@Import(DatasetDesignerIntegrationTests.Config.class)
class DatasetDesignerIntegrationTests {

	@Autowired
	DatasetDesigner designer;

	@Autowired
	PowerBiClient powerBi;

	private final String user = "designer-" + UUID.randomUUID() + "@sandbox.example";

	@Test
	void aTwoTableDesignIsCreatedWithExactlyThatSchema() {
		DatasetForm form = SchemaRulesTests.salesAndProducts();
		form.setRetention(RetentionPolicy.BASIC_FIFO);
		form.getTables().get(0).getMeasures().add(new MeasureForm("Total amount", "SUM(Sales[Amount])"));

		String datasetId = this.designer.create(this.user, form);

		assertThat(this.powerBi.tables(this.user, Workspace.MY_WORKSPACE, datasetId)).containsExactly(
				Table.of("Sales", List.of(Column.of("Amount", DataType.DOUBLE), Column.of("ProductId", DataType.INT64)))
					.withMeasures(List.of(Measure.of("Total amount", "SUM(Sales[Amount])"))),
				Table.of("Product",
						List.of(Column.of("ProductId", DataType.INT64), Column.of("Name", DataType.STRING))));
		assertThat(this.designer.datasets(this.user, null)).anySatisfy((dataset) -> assertThat(dataset)
			.isEqualTo(new DatasetSummary(datasetId, "Retail", null, null, DatasetOrigin.CREATED, true, true)));
		DatasetDetails details = this.designer.details(this.user, datasetId);
		assertThat(details.tables()).extracting(DatasetDetails.TableDetails::name).containsExactly("Sales", "Product");
		assertThat(details.relationships()).hasSize(1);
	}

	@Test
	void anotherUserCannotReachTheDesign() {
		String datasetId = this.designer.create(this.user, SchemaRulesTests.salesAndProducts());
		assertThatExceptionOfType(DesignNotFoundException.class)
			.isThrownBy(() -> this.designer.details("someone-else@sandbox.example", datasetId));
		assertThatExceptionOfType(DesignNotFoundException.class)
			.isThrownBy(() -> this.designer.clearRows("someone-else@sandbox.example", datasetId, "Sales"));
	}

	@Test
	void addingAColumnChangesTheTableInPowerBi() {
		String datasetId = this.designer.create(this.user, SchemaRulesTests.salesAndProducts());
		TableForm product = this.designer.tableForm(this.user, datasetId, "Product");
		product.getColumns().add(new ColumnForm("Price", DataType.DOUBLE));
		assertThat(this.designer.check(this.user, datasetId, product).needsConfirmation()).isFalse();

		this.designer.changeTable(this.user, datasetId, product);

		assertThat(this.powerBi.tables(this.user, Workspace.MY_WORKSPACE, datasetId))
			.filteredOn((table) -> table.name().equals("Product"))
			.singleElement()
			.extracting(Table::columns)
			.isEqualTo(List.of(Column.of("ProductId", DataType.INT64), Column.of("Name", DataType.STRING),
					Column.of("Price", DataType.DOUBLE)));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Config {

		/** Before the stored tokens, which would need a real sign-in first. */
		@Bean
		@Primary
		SandboxPowerBiTokens sandboxTokens(SandboxSigningKey signingKey, CloudEndpoints endpoints) {
			return new SandboxPowerBiTokens(signingKey, endpoints.powerBiResource());
		}

	}

}
