package com.pushstudio.sandbox;

import java.nio.file.Path;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application starts in sandbox mode on a data folder made before the sandbox had its
 * own Flyway location (its scripts applied as V2, V3, V7 and V8 of the application's),
 * and keeps what the sandbox stored there.
 */
@SpringBootTest
class ExistingDataFolderIntegrationTests {

	private static final String URL = "jdbc:h2:file:"
			+ Path.of("target/test-data/existing-" + UUID.randomUUID()).toAbsolutePath().resolve("push-studio")
			+ ";AUTO_SERVER=FALSE";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Flyway flyway;

	private static boolean made;

	@DynamicPropertySource
	static void existingDataFolder(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", ExistingDataFolderIntegrationTests::madeTheOldWay);
	}

	/**
	 * Once, however often the URL is asked for: the data folder of an earlier version.
	 */
	private static synchronized String madeTheOldWay() {
		if (!made) {
			Flyway old = Flyway.configure()
				.dataSource(URL, "sa", "")
				.locations("classpath:db/migration", "classpath:db/legacy-sandbox")
				.load();
			old.migrate();
			new JdbcTemplate(old.getConfiguration().getDataSource()).update(
					"insert into sandbox_powerbi_workspace (id, owner_oid, name, personal) values ('w1', 'o1', 'Kept', false)");
			made = true;
		}
		return URL;
	}

	@Test
	void startsAndKeepsTheSandboxesRowsUnderItsOwnHistory() {
		assertThat(this.flyway.info().pending()).isEmpty();
		assertThat(this.jdbc.queryForList("select name from sandbox_powerbi_workspace", String.class))
			.containsExactly("Kept");
		assertThat(this.jdbc.queryForObject(
				"select \"version\" from \"" + SandboxMigrations.HISTORY + "\" where \"type\" = 'BASELINE'",
				String.class))
			.isEqualTo("4");
	}

}
