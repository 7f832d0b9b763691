package com.pushstudio.upload;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.pushstudio.support.ThrowawayPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parked waits on PostgreSQL, where several instances keep their jobs: the engine's
 * executions, reschedules and the cancel flag on the database they share.
 */
class ParkedWaitsOnPostgresIntegrationTests extends ParkedWaitsIntegrationTests {

	@Autowired
	DataSource dataSource;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		ThrowawayPostgres.newDatabase(registry);
	}

	@Test
	void runsOnPostgres() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
		}
	}

}
