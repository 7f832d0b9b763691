package com.pushstudio.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.pushstudio.powerbi.DataType;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnMapperTests {

	private final List<TableColumn> table = List.of(new TableColumn("OrderDate", DataType.DATETIME),
			new TableColumn("Amount", DataType.DOUBLE), new TableColumn("Customer", DataType.STRING));

	@Test
	void headersMatchTableColumnsIgnoringCaseAndSpaces() {
		ColumnMapping mapping = ColumnMapper.propose(List.of("order date", "AMOUNT", "Notes"), this.table);
		assertThat(mapping.columns()).extracting((c) -> c.csvName() + "->" + c.target().name())
			.containsExactly("order date->OrderDate", "AMOUNT->Amount");
		assertThat(mapping.unmatchedCsvColumns()).containsExactly("Notes");
		assertThat(mapping.unmatchedTableColumns()).extracting(TableColumn::name).containsExactly("Customer");
	}

	@Test
	void theUserCanOverrideOrDropAPair() {
		Map<String, String> overrides = new HashMap<>();
		overrides.put("Notes", "Customer");
		overrides.put("AMOUNT", null);
		ColumnMapping mapping = ColumnMapper.map(List.of("order_date", "AMOUNT", "Notes"), this.table, overrides);
		assertThat(mapping.columns()).extracting((c) -> c.csvIndex() + "->" + c.target().name())
			.containsExactly("0->OrderDate", "2->Customer");
		assertThat(mapping.unmatchedCsvColumns()).containsExactly("AMOUNT");
		assertThat(mapping.unmatchedTableColumns()).extracting(TableColumn::name).containsExactly("Amount");
	}

}
