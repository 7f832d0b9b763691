package com.pushstudio.sandbox.graph;

import java.util.HashSet;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Delta query on list items as "listItem: delta" describes it: a first enumeration in
 * pages ending with a deltaLink, then exactly what changed since, deletions included, and
 * 410 Gone with a fresh start when a token is no longer good.
 */
@SandboxGraphTest
class SandboxGraphDeltaIntegrationTests extends SandboxGraphTestSupport {

	@Autowired
	SharePointEditor editor;

	String site;

	String list;

	String delta;

	@BeforeEach
	void newList() {
		this.site = projectsSiteId();
		this.list = this.editor.addList(this.site, "Delta " + UUID.randomUUID(), "30").id();
		this.delta = "/sites/" + this.site + "/lists/" + this.list + "/items/delta";
	}

	@Test
	void aFirstEnumerationPagesThroughEveryItemAndEndsWithADeltaLink() {
		var run = this.graph.delta(this.delta + "?expand=fields(select=Title,Hours)&$top=7");
		assertThat(run.pages()).isEqualTo(5);
		assertThat(new HashSet<>(run.ids())).hasSize(30);
		assertThat(run.items()).allMatch((item) -> item.path("fields").isObject()
				&& item.path("fields").propertyNames().stream().allMatch((name) -> name.matches("Title|Hours")));
		assertThat(run.items()).anyMatch((item) -> item.path("fields").has("Hours"));
		assertThat(run.deltaLink()).startsWith("http://localhost:" + this.port + "/sandbox/graph/v1.0/sites/")
			.contains("token=");
		var nothingNew = this.graph.delta(run.deltaLink());
		assertThat(nothingNew.items()).isEmpty();
		assertThat(nothingNew.deltaLink()).isNotNull();
	}

	@Test
	void afterAddingChangingAndDeletingTheDeltaLinkGivesExactlyThoseOnceEach() {
		String link = this.graph.delta(this.delta + "?expand=fields&$top=10").deltaLink();
		int added = this.editor.addItem(this.list, "Added", "1.5");
		this.editor.changeItem(this.list, "3", "Changed once", null);
		this.editor.changeItem(this.list, "3", "Changed twice", "8");
		this.editor.deleteItem(this.list, "5");

		var changes = this.graph.delta(link);
		assertThat(changes.ids()).containsExactlyInAnyOrder(String.valueOf(added), "3", "5");
		JsonNode changed = item(changes, "3");
		assertThat(changed.path("fields").path("Title").asString()).isEqualTo("Changed twice");
		assertThat(changed.path("fields").path("Hours").asDouble()).isEqualTo(8.0);
		assertThat(item(changes, String.valueOf(added)).path("fields").path("Hours").asDouble()).isEqualTo(1.5);
		JsonNode deleted = item(changes, "5");
		assertThat(deleted.path("deleted").path("state").asString()).isEqualTo("deleted");
		assertThat(deleted.has("fields")).isFalse();

		assertThat(this.graph.delta(changes.deltaLink()).items()).isEmpty();
		var everything = this.graph.delta(this.delta);
		assertThat(everything.ids()).hasSize(30).doesNotContain("5").contains(String.valueOf(added));
	}

	@Test
	void changesPageByTopToo() {
		String link = this.graph.delta(this.delta).deltaLink();
		for (int n = 1; n <= 9; n++) {
			this.editor.changeItem(this.list, String.valueOf(n), "Changed " + n, null);
		}
		var changes = this.graph.delta(link.replace("?", "?$top=4&"));
		assertThat(changes.pages()).isEqualTo(3);
		assertThat(changes.ids()).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9");
	}

	@Test
	void tokenLatestGivesNoItemsAndALinkForWhatComesAfter() {
		var latest = this.graph.get(this.delta + "?token=latest");
		assertThat(latest.status()).isEqualTo(200);
		assertThat(latest.value()).isEmpty();
		String link = latest.json().path("@odata.deltaLink").asString();
		int added = this.editor.addItem(this.list, "After latest", null);
		assertThat(this.graph.delta(link).ids()).containsExactly(String.valueOf(added));
	}

	@Test
	void aForcedResyncAnswers410WithALocationThatStartsOver() {
		String link = this.graph.delta(this.delta + "?expand=fields").deltaLink();
		this.editor.forceResync(this.list);
		var gone = this.graph.get(link);
		assertThat(gone.status()).isEqualTo(410);
		assertThat(gone.errorCode()).startsWith("resync");
		String location = gone.header("Location");
		assertThat(location).startsWith("http://localhost:" + this.port + "/sandbox/graph/v1.0/sites/")
			.contains("expand=fields")
			.doesNotContain("token=");
		var fresh = this.graph.delta(location);
		assertThat(fresh.ids()).hasSize(30);
		assertThat(this.graph.delta(fresh.deltaLink()).items()).isEmpty();
	}

	@Test
	void aGarbageOrAlteredTokenAnswers410() {
		var garbage = this.graph.get(this.delta + "?token=not-a-token");
		assertThat(garbage.status()).isEqualTo(410);
		assertThat(garbage.header("Location")).doesNotContain("token=");
		String link = this.graph.delta(this.delta).deltaLink();
		String token = link.substring(link.indexOf("token=") + 6);
		String altered = link.replace(token, ((token.charAt(0) == 'A') ? "B" : "A") + token.substring(1));
		assertThat(this.graph.get(altered).status()).isEqualTo(410);
		assertThat(this.graph.get(link).status()).isEqualTo(200);
	}

	@Test
	void theResyncFaultAnswers410ToTheNextTokenRequestOfThatListOnly() {
		String link = this.graph.delta(this.delta).deltaLink();
		this.faults.resyncNextDelta(this.list);
		assertThat(this.graph.get(this.delta).status()).as("no token: a fresh enumeration").isEqualTo(200);
		assertThat(this.graph.get(link).status()).isEqualTo(410);
		assertThat(this.graph.get(link).status()).isEqualTo(200);
	}

	private static JsonNode item(GraphTestClient.Delta delta, String id) {
		return delta.items().stream().filter((item) -> item.path("id").asString().equals(id)).findFirst().orElseThrow();
	}

}
