package com.pushstudio.sandbox.graph;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.pushstudio.support.ThrowawayPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The SharePoint tables, seeds and delta on a real PostgreSQL, as on H2. */
@SandboxGraphTest
@DirtiesContext
class SandboxGraphOnPostgresIntegrationTests extends SandboxGraphTestSupport {

	@Autowired
	DataSource dataSource;

	@Autowired
	SharePointEditor editor;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		ThrowawayPostgres.newDatabase(registry);
	}

	@Test
	void theSeededListsAndTheirDeltaWorkOnPostgres() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
		}
		String site = projectsSiteId();
		String list = listId(site, "Project 05");
		String delta = "/sites/" + site + "/lists/" + list + "/items/delta?expand=fields(select=Title)&$top=30";
		var first = this.graph.delta(delta);
		assertThat(first.ids()).hasSize(100);
		this.editor.changeItem(list, "7", "Changed on PostgreSQL", null);
		this.editor.deleteItem(list, "8");
		var changes = this.graph.delta(first.deltaLink());
		assertThat(changes.ids()).containsExactly("7", "8");
		assertThat(changes.items().get(0).path("fields").path("Title").asString()).isEqualTo("Changed on PostgreSQL");
	}

}
