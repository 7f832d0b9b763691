package com.pushstudio.sandbox;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox's tables on their own Flyway location and history, on a new database and on
 * databases made when its scripts were V2, V3, V7 and V8 of the application's.
 */
class SandboxMigrationsTests {

	@Test
	void aNewDatabaseGetsTheApplicationsTablesThenTheSandboxesEachWithItsOwnHistory() throws SQLException {
		DataSource database = database();
		application(database).migrate();
		new SandboxMigrations(database, "flyway_schema_history").afterPropertiesSet();
		assertThat(versions(sandboxHistory(database))).containsExactly("1", "2", "3", "4", "5");
		assertThat(versions(application(database))).doesNotContain("2", "3", "7", "8");
		assertThat(new JdbcTemplate(database).queryForObject("select count(*) from sandbox_powerbi_table_rows",
				Integer.class))
			.isZero();
	}

	@Test
	void aDatabaseThatRanTheSandboxScriptsAsTheApplicationsKeepsItsRowsAndStartsItsSandboxHistoryFromThem()
			throws SQLException {
		DataSource database = database();
		legacy(database, "9");
		new JdbcTemplate(database).update(
				"insert into sandbox_powerbi_workspace (id, owner_oid, name, personal) values ('w1', 'o1', 'Kept', false)");
		application(database).migrate();
		new SandboxMigrations(database, "flyway_schema_history").afterPropertiesSet();
		MigrationInfo[] applied = sandboxHistory(database).info().applied();
		assertThat(applied).hasSize(2);
		assertThat(applied[0].getVersion().getVersion()).isEqualTo("4");
		assertThat(applied[1].getVersion().getVersion()).as("the SharePoint tables, added later").isEqualTo("5");
		assertThat(applied[0].getType().isBaseline()).isTrue();
		assertThat(new JdbcTemplate(database).queryForList("select name from sandbox_powerbi_workspace", String.class))
			.containsExactly("Kept");
	}

	@Test
	void aDatabaseFromBeforeTheLaterSandboxScriptsGetsThemFromTheSandboxLocation() throws SQLException {
		DataSource database = database();
		legacy(database, "6");
		application(database).migrate();
		new SandboxMigrations(database, "flyway_schema_history").afterPropertiesSet();
		MigrationInfo baseline = sandboxHistory(database).info().applied()[0];
		assertThat(baseline.getType().isBaseline()).isTrue();
		assertThat(baseline.getVersion().getVersion()).isEqualTo("2");
		assertThat(versions(sandboxHistory(database))).containsExactly("3", "4", "5");
		assertThat(
				new JdbcTemplate(database).queryForObject("select count(*) from sandbox_powerbi_report", Integer.class))
			.isZero();
	}

	private static DataSource database() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:migrations-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		dataSource.setUser("sa");
		return dataSource;
	}

	/** As application.yml configures the application's Flyway. */
	private static Flyway application(DataSource database) {
		return Flyway.configure()
			.dataSource(database)
			.locations("classpath:db/migration")
			.ignoreMigrationPatterns("versioned:missing")
			.load();
	}

	/** The layout of db/migration before the sandbox had its own location. */
	private static void legacy(DataSource database, String target) {
		Flyway.configure()
			.dataSource(database)
			.locations("classpath:db/migration", "classpath:db/legacy-sandbox")
			.target(target)
			.load()
			.migrate();
	}

	private static Flyway sandboxHistory(DataSource database) {
		return Flyway.configure()
			.dataSource(database)
			.locations(SandboxMigrations.LOCATION)
			.table(SandboxMigrations.HISTORY)
			.load();
	}

	private static List<String> versions(Flyway flyway) {
		return java.util.Arrays.stream(flyway.info().applied())
			.filter((migration) -> !migration.getType().isBaseline())
			.map((migration) -> migration.getVersion().getVersion())
			.toList();
	}

}
