package com.pushstudio.upload;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.pushstudio.support.ThrowawayPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application on a real, throwaway PostgreSQL (zonky's embedded binaries):
 * Flyway runs every migration, Hibernate validates every entity against the result, an
 * upload goes through the sandbox over HTTP (writing workspaces, datasets, rows, jobs and
 * acknowledged batches), and every entity reads back. Here in {@code upload} for its
 * flows; the schema it checks is every feature's.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "push-studio.upload.limits.rows-per-post=100",
				"push-studio.upload.folder=target/shared-uploads/postgres" })
@Import(UploadTestConfig.class)
@DirtiesContext
class PostgresMigrationsIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	DataSource dataSource;

	@Autowired
	Flyway flyway;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		ThrowawayPostgres.newDatabase(registry);
	}

	@Test
	void runsEveryMigrationOnPostgresAndEveryEntityMatchesTheSchema() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
		}
		MigrationInfoService migrations = this.flyway.info();
		assertThat(migrations.pending()).isEmpty();
		assertThat(migrations.applied()).isNotEmpty().hasSize(migrations.all().length);
		// ddl-auto=validate already refused a mismatch at start-up; reading each entity
		// also maps PostgreSQL's column types back to Java.
		this.transactions.executeWithoutResult((status) -> {
			for (EntityType<?> entity : this.entityManager.getMetamodel().getEntities()) {
				this.entityManager.createQuery("select e from " + entity.getName() + " e", entity.getJavaType())
					.setMaxResults(5)
					.getResultList();
			}
		});
	}

	@Test
	void pushesAFileThroughTheSandboxAndReadsItBack() {
		UploadFlows flows = new UploadFlows(this.context);
		String dataset = flows.createDataset();
		String id = flows.start(dataset, UploadFlows.csv(250), false);
		UploadJob done = flows.awaitState(id, JobState.DONE);
		// As several instances keep their files: in the shared folder the setting names.
		assertThat(Path.of(done.filePath())).startsWithRaw(Path.of("target/shared-uploads/postgres").toAbsolutePath());
		assertThat(done.batchesAcknowledged()).isEqualTo(3);
		assertThat(flows.storedIdsSorted(dataset)).isEqualTo(UploadFlows.ids(1, 250));
	}

}
