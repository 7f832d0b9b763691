package com.pushstudio.dataset;

import java.util.List;

import com.pushstudio.powerbi.DataType;
import com.pushstudio.support.NameCases;
import com.pushstudio.support.NameCases.NameCase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The designer's checks accept and refuse each name of the shared table of name cases
 * exactly as the sandbox does ({@code SandboxNameCasesIntegrationTests}).
 */
class SchemaNameCasesTests {

	private final SchemaRules rules = new SchemaRules();

	static List<NameCase> cases() {
		return NameCases.all();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void theDesignerJudgesEachNameCaseAsTheTableSays(NameCase nameCase) {
		Errors errors = new BeanPropertyBindingResult(form(nameCase), "form");
		this.rules.validate(form(nameCase), errors);
		assertThat(errors.hasErrors()).as("%s; errors: %s", nameCase, errors.getAllErrors())
			.isEqualTo(!nameCase.valid());
	}

	private static DatasetForm form(NameCase nameCase) {
		DatasetForm form = new DatasetForm();
		form.setName("Name cases");
		for (NameCases.TableSpec spec : nameCase.tables()) {
			TableForm table = new TableForm(spec.name(),
					spec.columns().stream().map((column) -> new ColumnForm(column, DataType.INT64)).toList());
			spec.measures().forEach((measure) -> table.getMeasures().add(new MeasureForm(measure, "COUNTROWS('T')")));
			form.getTables().add(table);
		}
		return form;
	}

}
