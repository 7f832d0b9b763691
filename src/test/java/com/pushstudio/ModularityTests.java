package com.pushstudio;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Keeps the feature packages honest: each module uses only what another exposes, and
 * nothing depends on the sandbox.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(PushStudioApplication.class);

	@Test
	void featurePackagesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void nothingOutsideTheSandboxDependsOnIt() {
		var sandbox = this.modules.getModuleByName("sandbox").orElseThrow();
		this.modules.stream()
			.filter((module) -> !module.equals(sandbox))
			.forEach((module) -> org.assertj.core.api.Assertions
				.assertThat(module.getDirectDependencies(this.modules)
					.stream()
					.noneMatch((dependency) -> dependency.equals(sandbox)))
				.as("%s must not depend on the sandbox", module.getDisplayName())
				.isTrue());
	}

}
