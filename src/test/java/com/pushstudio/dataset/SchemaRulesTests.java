package com.pushstudio.dataset;

import java.util.List;
import java.util.stream.IntStream;

import com.pushstudio.powerbi.DataType;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaRulesTests {

	private final SchemaRules rules = new SchemaRules();

	@Test
	void aValidTwoTableDesignPasses() {
		assertThat(errors(salesAndProducts()).hasErrors()).isFalse();
	}

	@Test
	void aDatasetNeedsAName() {
		DatasetForm form = salesAndProducts();
		form.setName(" ");
		assertThat(code(form, "name")).isEqualTo("schema.required");
	}

	@Test
	void aDatasetNeedsATable() {
		DatasetForm form = salesAndProducts();
		form.getTables().clear();
		form.getRelationships().clear();
		assertThat(code(form, "tables")).isEqualTo("schema.tables.none");
	}

	@Test
	void tableNamesAllowOnlySomePunctuation() {
		DatasetForm form = salesAndProducts();
		form.getTables().get(0).setName("Sales/2024");
		assertThat(code(form, "tables[0].name")).isEqualTo("schema.tableName.invalid");
		form.getTables().get(0).setName("Sales #1 - Q@^_~ Ümlaut");
		assertThat(error(form, "tables[0].name")).isNull();
	}

	@Test
	void tableNamesAreOneToAHundredCharacters() {
		DatasetForm form = salesAndProducts();
		form.getTables().get(0).setName("");
		assertThat(code(form, "tables[0].name")).isEqualTo("schema.required");
		form.getTables().get(0).setName("a".repeat(101));
		assertThat(code(form, "tables[0].name")).isEqualTo("schema.tableName.invalid");
		form.getTables().get(0).setName("a".repeat(100));
		assertThat(error(form, "tables[0].name")).isNull();
	}

	@Test
	void columnNamesRefuseControlCharacters() {
		DatasetForm form = salesAndProducts();
		form.getTables().get(0).getColumns().get(0).setName("Amount\u0007");
		assertThat(code(form, "tables[0].columns[0].name")).isEqualTo("schema.columnName.invalid");
		form.getTables().get(0).getColumns().get(0).setName("Amount (€) / net");
		assertThat(error(form, "tables[0].columns[0].name")).isNull();
	}

	@Test
	void tableNamesMustDifferIgnoringCase() {
		DatasetForm form = salesAndProducts();
		form.getTables().get(1).setName("SALES");
		assertThat(code(form, "tables[1].name")).isEqualTo("schema.duplicate");
	}

	@Test
	void columnNamesMustDifferWithinATableIgnoringCase() {
		DatasetForm form = salesAndProducts();
		form.getTables().get(0).getColumns().get(1).setName("amount");
		assertThat(code(form, "tables[0].columns[1].name")).isEqualTo("schema.duplicate");
	}

	@Test
	void theSameColumnNameInTwoTablesIsFine() {
		DatasetForm form = salesAndProducts();
		assertThat(form.getTables().get(1).getColumns().get(0).getName())
			.isEqualTo(form.getTables().get(0).getColumns().get(1).getName());
		assertThat(errors(form).hasErrors()).isFalse();
	}

	@Test
	void measureNamesMustDifferAcrossTheDataset() {
		DatasetForm form = salesAndProducts();
		form.getTables().get(0).getMeasures().add(new MeasureForm("Total", "SUM(Sales[Amount])"));
		form.getTables().get(1).getMeasures().add(new MeasureForm("total", "COUNTROWS(Product)"));
		assertThat(code(form, "tables[1].measures[0].name")).isEqualTo("schema.duplicate");
	}

	@Test
	void aMeasureNeedsAnExpression() {
		DatasetForm form = salesAndProducts();
		form.getTables().get(0).getMeasures().add(new MeasureForm("Total", ""));
		assertThat(code(form, "tables[0].measures[0].expression")).isEqualTo("schema.required");
	}

	@Test
	void atMostSeventyFiveTables() {
		DatasetForm form = salesAndProducts();
		IntStream.range(0, 74).forEach((i) -> form.getTables().add(table("T" + i)));
		assertThat(code(form, "tables")).isEqualTo("schema.tooMany");
		form.getTables().remove(0);
		form.getRelationships().clear();
		assertThat(error(form, "tables")).isNull();
	}

	@Test
	void atMostSeventyFiveColumnsPerTable() {
		DatasetForm form = salesAndProducts();
		List<ColumnForm> columns = form.getTables().get(1).getColumns();
		IntStream.range(0, 74).forEach((i) -> columns.add(new ColumnForm("C" + i, DataType.STRING)));
		assertThat(code(form, "tables[1].columns")).isEqualTo("schema.tooMany");
		columns.remove(columns.size() - 1);
		assertThat(error(form, "tables[1].columns")).isNull();
	}

	@Test
	void atMostSeventyFiveRelationships() {
		DatasetForm form = salesAndProducts();
		IntStream.range(0, 75)
			.forEach((i) -> form.getRelationships()
				.add(new RelationshipForm("R" + i, "Sales", "ProductId", "Product", "ProductId")));
		assertThat(code(form, "relationships")).isEqualTo("schema.tooMany");
	}

	@Test
	void relationshipEndsMustExist() {
		DatasetForm form = salesAndProducts();
		form.getRelationships().get(0).setToTable("Products");
		form.getRelationships().get(0).setFromColumn("Product");
		assertThat(code(form, "relationships[0].toTable")).isEqualTo("schema.relationship.noTable");
		assertThat(code(form, "relationships[0].fromColumn")).isEqualTo("schema.relationship.noColumn");
	}

	@Test
	void relationshipEndsMustHaveTheSameType() {
		DatasetForm form = salesAndProducts();
		form.getTables().get(1).getColumns().get(0).setDataType(DataType.STRING);
		assertThat(code(form, "relationships[0].toColumn")).isEqualTo("schema.relationship.typesDiffer");
	}

	@Test
	void relationshipNamesFollowTheTableNameRule() {
		DatasetForm form = salesAndProducts();
		form.getRelationships().get(0).setName("Sales->Product");
		assertThat(code(form, "relationships[0].name")).isEqualTo("schema.relationshipName.invalid");
	}

	@Test
	void aTableOnItsOwnIsCheckedForPutTable() {
		TableForm table = table("Sales");
		table.getColumns().add(new ColumnForm("ID", DataType.STRING));
		assertThat(errors(table).getFieldError("columns[1].name").getCode()).isEqualTo("schema.duplicate");
	}

	static DatasetForm salesAndProducts() {
		DatasetForm form = new DatasetForm();
		form.setName("Retail");
		TableForm sales = new TableForm("Sales",
				List.of(new ColumnForm("Amount", DataType.DOUBLE), new ColumnForm("ProductId", DataType.INT64)));
		TableForm product = new TableForm("Product",
				List.of(new ColumnForm("ProductId", DataType.INT64), new ColumnForm("Name", DataType.STRING)));
		form.getTables().addAll(List.of(sales, product));
		form.getRelationships()
			.add(new RelationshipForm("Sales to Product", "Sales", "ProductId", "Product", "ProductId"));
		return form;
	}

	private static TableForm table(String name) {
		return new TableForm(name, List.of(new ColumnForm("Id", DataType.INT64)));
	}

	private String code(Object form, String field) {
		FieldError error = error(form, field);
		assertThat(error).as("error on %s", field).isNotNull();
		return error.getCode();
	}

	private FieldError error(Object form, String field) {
		return errors(form).getFieldError(field);
	}

	private Errors errors(Object form) {
		Errors errors = new BeanPropertyBindingResult(form, "form");
		this.rules.validate(form, errors);
		return errors;
	}

}
