package com.pushstudio.sandbox;

import java.io.IOException;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryDependsOnPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Every bean of the sandbox, under its one condition: the application's sandbox mode, or
 * the standalone emulator. The application's own component scan leaves the sandbox's
 * packages to this configuration.
 */
@Configuration(proxyBeanMethods = false)
@SandboxMode
@ComponentScan(
		basePackages = { "com.pushstudio.sandbox.identity", "com.pushstudio.sandbox.powerbi",
				"com.pushstudio.sandbox.reports", "com.pushstudio.sandbox.graph" },
		// As @SpringBootApplication's scan: test contexts leave their own classes out.
		excludeFilters = @Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class))
public class SandboxConfiguration {

	@Bean
	SandboxPaths sandboxPaths(Environment environment) {
		return new SandboxPaths(environment.getProperty(SandboxPaths.PROPERTY, SandboxPaths.DEFAULT));
	}

	/** In the data folder unless {@code push-studio.sandbox.signing-key} names a file. */
	@Bean
	SandboxSigningKey sandboxSigningKey(Environment environment) throws IOException {
		String file = environment.getProperty("push-studio.sandbox.signing-key");
		return new SandboxSigningKey((file != null) ? Path.of(file)
				: Path.of(environment.getRequiredProperty("push-studio.data-dir")).resolve("sandbox-signing-key.json"));
	}

	/**
	 * After the application's own migrations, where it has them: each Flyway refuses a
	 * schema that another filled before its history existed, and the sandbox's is told to
	 * start from an empty baseline instead.
	 */
	@Bean
	SandboxMigrations sandboxMigrations(DataSource dataSource, Environment environment,
			ObjectProvider<FlywayMigrationInitializer> applicationMigrations) {
		applicationMigrations.ifAvailable((migrated) -> {
		});
		return new SandboxMigrations(dataSource,
				environment.getProperty("spring.flyway.table", "flyway_schema_history"));
	}

	/**
	 * The sandbox's tables exist before Hibernate validates its entities against them.
	 */
	@Bean
	static EntityManagerFactoryDependsOnPostProcessor sandboxTablesBeforeEntities() {
		return new EntityManagerFactoryDependsOnPostProcessor("sandboxMigrations");
	}

}
