package com.pushstudio.sandbox.powerbi;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import com.pushstudio.support.NameCases;
import com.pushstudio.support.NameCases.NameCase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox's Post Dataset accepts and refuses each name of the shared table of name
 * cases exactly as the designer does ({@code SchemaNameCasesTests}).
 */
@SandboxPowerBiTest
class SandboxNameCasesIntegrationTests extends SandboxPowerBiTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static List<NameCase> cases() {
		return NameCases.all();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void postDatasetJudgesEachNameCaseAsTheTableSays(NameCase nameCase) {
		var answer = this.api.post("/datasets", body(nameCase));
		assertThat(answer.status()).as("%s; answer: %s", nameCase, answer.text())
			.isEqualTo(nameCase.valid() ? 201 : 400);
		if (!nameCase.valid()) {
			assertThat(answer.errorCode()).isEqualTo("BadRequest");
		}
	}

	private static String body(NameCase nameCase) {
		List<Map<String, Object>> tables = nameCase.tables()
			.stream()
			.map((table) -> Map.<String, Object>of("name", table.name(), "columns",
					table.columns().stream().map((column) -> Map.of("name", column, "dataType", "Int64")).toList(),
					"measures",
					table.measures()
						.stream()
						.map((measure) -> Map.of("name", measure, "expression", "COUNTROWS('T')"))
						.toList()))
			.toList();
		return JSON.writeValueAsString(Map.of("name", "Name cases", "tables", tables));
	}

}
