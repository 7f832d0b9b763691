package com.pushstudio.consolidation;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.pushstudio.sandbox.graph.SandboxSharePoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A draft source's preview of the sandbox's seeded Projects site, read over HTTP by the
 * real Graph client: the odd lists are shown unfit with the reason, the fitting ones with
 * their first items as a sync would send them. (The sync tests' context.)
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "push-studio.sandbox.graph.page-size=7")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SourcePreviewsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	SharePointSources sharePoint;

	private SyncFlows flows;

	private SandboxSharePoint sandbox;

	private String site;

	@BeforeAll
	void signIn() {
		this.flows = SyncFlows.signedIn(this.context, this.port, "ada@contoso.example");
		this.sandbox = this.flows.sandbox();
		this.site = this.flows.projectsSite();
	}

	@Test
	void previewsShowTheOddListsAsUnfitWithTheirReasonsAndTheFirstItemsAsTheyWouldBeSent() {
		String dataset = this.flows.dataset();
		List<ListPreview> previews = this.sharePoint.preview(this.flows.owner(), new SourceDraft("me", dataset,
				SyncFlows.TABLE, this.site, SyncFlows.rule("Project"), ZoneId.of("Europe/Berlin"), "List", null, null));

		Map<String, ListPreview> byTitle = new LinkedHashMap<>();
		previews.forEach((preview) -> byTitle.put(preview.title(), preview));
		assertThat(byTitle.get("Project Legacy"))
			.extracting(ListPreview::matched, ListPreview::fits, ListPreview::reason)
			.containsExactly(true, false, "no column for Hours");
		assertThat(byTitle.get("Project Hours As Text")).extracting(ListPreview::matched, ListPreview::fits)
			.containsExactly(true, false);
		assertThat(byTitle.get("Project Hours As Text").reason())
			.isEqualTo("Hours holds text, which does not convert to Double");
		assertThat(byTitle.get("Project Empty")).extracting(ListPreview::matched, ListPreview::fits)
			.containsExactly(true, true);
		assertThat(byTitle.get("Project Empty").firstRows()).isEmpty();
		assertThat(byTitle.get("Clients").matched()).isFalse();
		assertThat(previews).filteredOn(ListPreview::fits).hasSize(37);

		ListPreview first = byTitle.get("Project 01");
		assertThat(first.headers()).containsExactly("Title", "Hours", "Owner", "Client", "List");
		assertThat(first.problems()).isEmpty();
		List<Map<String, String>> shown = first.firstRows().stream().map((row) -> {
			Map<String, Object> values = new LinkedHashMap<>();
			for (int i = 0; i < row.size(); i++) {
				String value = row.get(i);
				boolean number = "Hours".equals(first.headers().get(i)) && !value.isEmpty();
				values.put(first.headers().get(i), value.isEmpty() ? null : number ? new BigDecimal(value) : value);
			}
			return SyncFlows.normalized(values);
		}).toList();
		assertThat(shown).containsExactlyElementsOf(
				this.flows.expectedRows(Map.of(this.sandbox.listId(this.site, "Project 01"), "Project 01"))
					.subList(0, SourcePreviews.FIRST_ITEMS));
	}

}
