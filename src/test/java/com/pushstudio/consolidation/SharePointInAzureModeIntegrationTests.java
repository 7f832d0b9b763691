package com.pushstudio.consolidation;

import java.util.List;
import java.util.Map;

import com.pushstudio.graph.SharePointList;
import com.pushstudio.graph.Site;
import com.pushstudio.support.SandboxCloud;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Azure mode: the same SharePoint calls go to the Graph at {@code GRAPH_API_URL} with the
 * person's own delegated token, here the standalone emulator's, as they would go to
 * Microsoft Graph. Nothing of the app's own sandbox answers.
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT)
class SharePointInAzureModeIntegrationTests {

	private static final SandboxCloud cloud = SandboxCloud.start(SandboxCloud.freePort());

	@DynamicPropertySource
	static void azureMode(DynamicPropertyRegistry registry) {
		cloud.azureMode(registry);
	}

	@AfterAll
	static void stopCloud() {
		cloud.close();
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	SharePointSources sharePoint;

	@Test
	void aSourceSyncsAgainstTheGraphAtGraphApiUrlWithThePersonsToken() {
		int port = Integer.parseInt(this.context.getEnvironment().getRequiredProperty("local.server.port"));
		SyncFlows flows = SyncFlows.signedIn(this.context, cloud.context(), port, "ada@contoso.example");

		List<Site> sites = this.sharePoint.searchSites(flows.owner(), "projects");
		assertThat(sites).extracting(Site::id).contains(flows.projectsSite());
		String prefix = SyncFlows.prefix();
		String alpha = flows.sandbox().addProjectList(flows.projectsSite(), prefix + " Alpha", 5);
		assertThat(this.sharePoint.lists(flows.owner(), flows.projectsSite())).extracting(SharePointList::id)
			.contains(alpha);

		String dataset = flows.dataset();
		String source = flows.source(dataset, prefix, SyncSchedule.none(java.time.ZoneId.of("UTC")));
		SyncRunView run = flows.syncNow(source);

		assertThat(run.mode()).isEqualTo("APPEND");
		assertThat(run.outcome()).isEqualTo("OK");
		assertThat(flows.rows(dataset))
			.containsExactlyInAnyOrderElementsOf(flows.expectedRows(Map.of(alpha, prefix + " Alpha")));
	}

}
