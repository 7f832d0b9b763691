package com.pushstudio.powerbi;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkspaceTests {

	@Test
	void emptyOrMeIsMyWorkspace() {
		assertThat(List.of(Workspace.of(null), Workspace.of(""), Workspace.of("me"), Workspace.of("ME")))
			.containsOnly(Workspace.MY_WORKSPACE);
		assertThat(Workspace.MY_WORKSPACE.idOrMe()).isEqualTo("me");
	}

	@Test
	void aGroupIdIsThatWorkspace() {
		assertThat(Workspace.of("g1").isMyWorkspace()).isFalse();
		assertThat(Workspace.of("g1").idOrMe()).isEqualTo("g1");
	}

}
