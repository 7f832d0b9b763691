package com.pushstudio.sandbox.powerbi;

import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code get-tables-columns} on, Get Tables answers columns and measures too, which
 * Power BI is not seen to answer: the parity list catches it.
 */
@SandboxPowerBiTest
@TestPropertySource(properties = "push-studio.sandbox.powerbi.get-tables-columns=true")
class SandboxParityWithTableColumnsIntegrationTests extends SandboxPowerBiTestSupport {

	@Test
	void getTablesWithColumnsBreaksParityAndOnlyGetTables() {
		var problems = new java.util.ArrayList<String>();
		SandboxParityIntegrationTests.answers(this)
			.forEach((operation, answers) -> answers
				.forEach((answer) -> problems.addAll(ParityList.fromReadme().problems(operation, answer))));
		assertThat(problems).contains("Get Tables: value[].columns is not among the properties Power BI answers")
			.allMatch((problem) -> problem.startsWith("Get Tables: value[].columns"));
	}

	@Test
	void getTablesAnswersTheColumnsOfEachTable() {
		String id = this.api.createDataset("", "None");
		var columns = this.api.get("/datasets/" + id + "/tables").json().path("value").get(0).path("columns");
		assertThat(columns.findValuesAsString("name")).contains("ProductID", "Name", "Sales");
	}

}
