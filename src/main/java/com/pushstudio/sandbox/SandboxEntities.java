package com.pushstudio.sandbox;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.orm.jpa.persistenceunit.ManagedClassNameFilter;

/**
 * The sandbox's entities belong to the persistence unit only where
 * {@link SandboxConfiguration} runs, because only there are their tables made: not in
 * azure mode, and not in test slices ({@code @DataJpaTest}) that load none of the
 * sandbox. Boot finds entities from the application's package, sandbox included, so the
 * application asks this filter.
 */
public final class SandboxEntities {

	private static final String PACKAGE = SandboxEntities.class.getPackageName() + ".";

	private SandboxEntities() {
	}

	public static ManagedClassNameFilter onlyWhereTheSandboxRuns(ListableBeanFactory beans) {
		return (className) -> !className.startsWith(PACKAGE)
				|| beans.getBeanNamesForType(SandboxMigrations.class, false, false).length > 0;
	}

}
