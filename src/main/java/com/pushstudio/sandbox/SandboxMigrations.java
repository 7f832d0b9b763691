package com.pushstudio.sandbox;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import org.springframework.beans.factory.InitializingBean;

/**
 * The sandbox's tables, migrated from their own location with their own history table, so
 * that a database of azure mode never holds them. Databases that ran the sandbox before
 * it had its own location applied these scripts as V2, V3, V7 and V8 of the application's
 * history; their sandbox history starts at a baseline of the scripts already applied, and
 * the application's Flyway ignores the four it no longer has.
 */
class SandboxMigrations implements InitializingBean {

	static final String LOCATION = "classpath:db/sandbox";

	static final String HISTORY = "flyway_sandbox_history";

	/** The application's versions of sandbox scripts V1 to V4, in order. */
	static final List<String> MOVED = List.of("2", "3", "7", "8");

	private final DataSource dataSource;

	private final String applicationHistory;

	SandboxMigrations(DataSource dataSource, String applicationHistory) {
		this.dataSource = dataSource;
		this.applicationHistory = applicationHistory;
	}

	@Override
	public void afterPropertiesSet() throws SQLException {
		Flyway flyway = configuration().load();
		if (flyway.info().applied().length == 0) {
			int adopted = alreadyApplied();
			if (adopted > 0) {
				configuration().baselineVersion(String.valueOf(adopted))
					.baselineDescription("applied as V" + MOVED.get(adopted - 1) + " of " + this.applicationHistory)
					.load()
					.baseline();
			}
		}
		flyway.migrate();
	}

	private FluentConfiguration configuration() {
		// The application's tables may be there already: the sandbox's history then
		// starts from an empty baseline, as on an empty schema.
		return Flyway.configure()
			.dataSource(this.dataSource)
			.locations(LOCATION)
			.table(HISTORY)
			.baselineOnMigrate(true)
			.baselineVersion("0");
	}

	/** How many of the moved scripts the application's history shows as applied. */
	private int alreadyApplied() throws SQLException {
		Set<String> applied = new HashSet<>();
		try (Connection connection = this.dataSource.getConnection()) {
			if (!exists(connection, this.applicationHistory)) {
				return 0;
			}
			try (Statement statement = connection.createStatement();
					ResultSet versions = statement.executeQuery(
							"select \"version\" from \"" + this.applicationHistory + "\" where \"success\" = true")) {
				while (versions.next()) {
					applied.add(versions.getString(1));
				}
			}
		}
		int count = 0;
		while (count < MOVED.size() && applied.contains(MOVED.get(count))) {
			count++;
		}
		return count;
	}

	private static boolean exists(Connection connection, String table) throws SQLException {
		try (ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[] { "TABLE" })) {
			while (tables.next()) {
				if (table.equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
					return true;
				}
			}
		}
		return false;
	}

}
