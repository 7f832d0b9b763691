package com.pushstudio.sandbox.graph;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import com.pushstudio.support.SandboxJwts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox serves SharePoint sites, lists, columns and items as Microsoft Graph v1.0
 * does, to a caller with a Graph token that may read sites.
 */
@SandboxGraphTest
class SandboxGraphApiIntegrationTests extends SandboxGraphTestSupport {

	@Autowired
	GraphSeeds seeds;

	private static final Set<String> TYPE_FACETS = Set.of("text", "number", "currency", "boolean", "dateTime", "choice",
			"personOrGroup", "lookup", "calculated");

	@Test
	void aSiteIsFoundBySearchByItsPathAndByItsCompositeId() {
		var found = this.graph.get("/sites?search=proj");
		assertThat(found.status()).isEqualTo(200);
		JsonNode site = found.value()
			.stream()
			.filter((candidate) -> candidate.path("name").asString().equals("projects"))
			.findFirst()
			.orElseThrow();
		assertThat(site.path("webUrl").asString()).isEqualTo("https://contoso.sharepoint.com/sites/projects");
		assertThat(found.value()).noneMatch((candidate) -> candidate.path("name").asString().equals("sales"));
		String id = site.path("id").asString();
		assertThat(id.split(",")).hasSize(3).startsWith("contoso.sharepoint.com");

		var byPath = this.graph.get("/sites/contoso.sharepoint.com:/sites/projects");
		assertThat(byPath.json().path("id").asString()).isEqualTo(id);
		assertThat(byPath.json().path("displayName").asString()).isEqualTo("Projects");
		var byId = this.graph.get("/sites/" + id);
		assertThat(byId.status()).isEqualTo(200);
		assertThat(byId.json().path("webUrl").asString()).isEqualTo("https://contoso.sharepoint.com/sites/projects");

		var sales = this.graph.get("/sites/contoso.sharepoint.com:/sites/Sales%20Team");
		assertThat(sales.status()).isEqualTo(200);
		assertThat(sales.json().path("webUrl").asString())
			.isEqualTo("https://contoso.sharepoint.com/sites/Sales%20Team");
		assertThat(this.graph.get("/sites?search=sales").value()).extracting((match) -> match.path("id").asString())
			.containsExactly(sales.json().path("id").asString());

		var unknown = this.graph.get("/me/drive");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.errorCode()).isEqualTo("invalidRequest");

		var missing = this.graph.get("/sites/contoso.sharepoint.com:/sites/no%20such%20site");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.errorCode()).isEqualTo("itemNotFound");
		assertThat(missing.json().path("error").path("innerError").path("request-id").asString())
			.isEqualTo(missing.header("request-id"));
	}

	@Test
	void aSitesListsComeInPagesWithTheOddOnesAmongThem() {
		String site = projectsSiteId();
		var first = this.graph.get("/sites/" + site + "/lists?$top=10");
		assertThat(first.value()).hasSize(10);
		assertThat(first.json().path("@odata.nextLink").asString())
			.startsWith("http://localhost:" + this.port + "/sandbox/graph/v1.0/sites/");
		List<JsonNode> lists = new java.util.ArrayList<>(first.value());
		var page = first;
		while (page.json().has("@odata.nextLink")) {
			page = this.graph.get(page.json().path("@odata.nextLink").asString());
			assertThat(page.status()).isEqualTo(200);
			lists.addAll(page.value());
		}
		List<String> titles = lists.stream().map((list) -> list.path("displayName").asString()).toList();
		assertThat(new HashSet<>(titles)).hasSameSizeAs(titles);
		assertThat(titles)
			.contains("Project 01", "Project 36", "Project Legacy", "Project Hours As Text", "Project Empty", "Clients",
					"Documents")
			.as("a system list, found by its title only")
			.doesNotContain("User Information List");
		assertThat(titles.stream().filter((title) -> title.matches("Project \\d\\d"))).hasSizeGreaterThanOrEqualTo(36);
		var people = this.graph.get("/sites/" + site + "/lists/User%20Information%20List");
		assertThat(people.json().path("list").path("hidden").asBoolean()).isTrue();
		assertThat(byTitle(lists, "Documents").path("list").path("template").asString()).isEqualTo("documentLibrary");
		assertThat(byTitle(lists, "Project 01").path("webUrl").asString())
			.isEqualTo("https://contoso.sharepoint.com/sites/projects/Lists/Project01");
	}

	@Test
	void aListsColumnsEachCarryOneTypeFacetTitleIncluded() {
		String site = projectsSiteId();
		String clients = listId(site, "Clients");
		List<JsonNode> columns = this.graph.get("/sites/" + site + "/lists/" + listId(site, "Project 01") + "/columns")
			.value();
		assertThat(columns).extracting((column) -> column.path("name").asString())
			.containsExactly("Title", "Status", "Hours", "Budget", "Billable", "Due", "Logged", "Owner", "Client");
		for (JsonNode column : columns) {
			Set<String> facets = new HashSet<>(column.propertyNames());
			facets.retainAll(TYPE_FACETS);
			assertThat(facets).as(column.path("name").asString()).hasSize(1);
		}
		assertThat(column(columns, "Title").has("text")).isTrue();
		assertThat(column(columns, "Status").path("choice").path("choices").toString()).contains("In progress");
		assertThat(column(columns, "Hours").has("number")).isTrue();
		assertThat(column(columns, "Budget").path("currency").path("locale").asString()).isEqualTo("en-us");
		assertThat(column(columns, "Billable").has("boolean")).isTrue();
		assertThat(column(columns, "Due").path("dateTime").path("format").asString()).isEqualTo("dateOnly");
		assertThat(column(columns, "Logged").path("dateTime").path("format").asString()).isEqualTo("dateTime");
		assertThat(column(columns, "Owner").has("personOrGroup")).isTrue();
		assertThat(column(columns, "Client").path("lookup").path("listId").asString()).isEqualTo(clients);

		List<JsonNode> textHours = this.graph
			.get("/sites/" + site + "/lists/" + listId(site, "Project Hours As Text") + "/columns")
			.value();
		assertThat(column(textHours, "Hours").has("text")).isTrue();
		assertThat(this.graph.get("/sites/" + site + "/lists/" + listId(site, "Project Legacy") + "/columns").value())
			.noneMatch((column) -> column.path("name").asString().equals("Hours"));
	}

	@Test
	void itemsCarryOnlyTheSelectedFieldsInPagesWithPersonAndLookupAsIdsOnly() {
		String site = projectsSiteId();
		String list = listId(site, "Project 02");
		var first = this.graph.get("/sites/" + site + "/lists/" + list
				+ "/items?expand=fields(select=Title,Hours,OwnerLookupId,Nope)&$top=60");
		assertThat(first.value()).hasSize(60);
		var second = this.graph.get(first.json().path("@odata.nextLink").asString());
		assertThat(second.value()).hasSize(40);
		assertThat(second.json().has("@odata.nextLink")).isFalse();
		Set<String> ids = new HashSet<>();
		for (JsonNode item : concat(first.value(), second.value())) {
			ids.add(item.path("id").asString());
			assertThat(item.path("fields").propertyNames()).isSubsetOf("Title", "Hours", "OwnerLookupId");
		}
		assertThat(ids).hasSize(100);
		assertThat(first.value()).anyMatch((item) -> item.path("fields").path("Hours").isNumber());

		List<JsonNode> all = this.graph.get("/sites/" + site + "/lists/" + list + "/items?$expand=fields").value();
		assertThat(all).hasSize(100);
		JsonNode owned = all.stream()
			.filter((item) -> item.path("fields").has("OwnerLookupId"))
			.findFirst()
			.orElseThrow();
		assertThat(owned.path("fields").path("OwnerLookupId").isString()).isTrue();
		assertThat(all).noneMatch((item) -> item.path("fields").has("Owner") || item.path("fields").has("Client"));
		assertThat(all).anyMatch((item) -> item.path("fields").path("ClientLookupId").isString());
		assertThat(all).anyMatch((item) -> item.path("fields").path("Billable").isBoolean());
		assertThat(all).anyMatch((item) -> item.path("fields").path("Budget").isNumber());

		var person = this.graph.get("/sites/" + site + "/lists/" + listId(site, "User Information List") + "/items/"
				+ owned.path("fields").path("OwnerLookupId").asString() + "?expand=fields");
		assertThat(person.status()).isEqualTo(200);
		assertThat(person.json().path("fields").path("EMail").asString()).endsWith("@contoso.example");
		assertThat(person.json().path("fields").path("Title").asString()).isNotBlank();

		for (JsonNode item : all) {
			if (item.path("fields").has("Due")) {
				Instant due = Instant.parse(item.path("fields").path("Due").asString());
				assertThat(due.atZone(ZoneId.of("Europe/Berlin")).toLocalTime()).as("midnight in the site's zone")
					.isEqualTo(java.time.LocalTime.MIDNIGHT);
			}
		}
	}

	@Test
	void aMissingTokenOrOneForAnotherAudienceIs401AndOneWithoutSitesReadIs403() {
		String site = "/sites?search=projects";
		var none = this.graph.as(null).get(site);
		assertThat(none.status()).isEqualTo(401);
		assertThat(none.errorCode()).isEqualTo("InvalidAuthenticationToken");
		var powerBi = this.graph
			.as(GraphTestClient.token(this.signingKey.privateKey(), SandboxJwts.RESOURCE, "Sites.Read.All"))
			.get(site);
		assertThat(powerBi.status()).isEqualTo(401);
		assertThat(powerBi.errorCode()).isEqualTo("InvalidAuthenticationToken");
		var noScope = this.graph
			.as(GraphTestClient.token(this.signingKey.privateKey(), GraphTestClient.GRAPH, "User.Read Files.Read"))
			.get(site);
		assertThat(noScope.status()).isEqualTo(403);
		assertThat(noScope.errorCode()).isEqualTo("accessDenied");
		Instant now = Instant.now();
		var expired = this.graph
			.as(SandboxJwts.accessToken(this.signingKey.privateKey(), GraphTestClient.GRAPH, "someone",
					"Sites.Read.All", now.minusSeconds(7200), now.minusSeconds(60)))
			.get(site);
		assertThat(expired.status()).isEqualTo(401);
		assertThat(expired.errorCode()).isEqualTo("InvalidAuthenticationToken");
		var allowed = this.graph
			.as(GraphTestClient.token(this.signingKey.privateKey(), GraphTestClient.GRAPH, "Sites.ReadWrite.All"))
			.get(site);
		assertThat(allowed.status()).isEqualTo(200);
	}

	@Test
	void throttlingBySettingAnswersEveryNthRequestWith429AndRetryAfter() {
		this.faults.retryAfter(Duration.ofSeconds(1));
		this.faults.throttleEvery(2);
		assertThat(this.graph.get("/sites?search=projects").status()).isEqualTo(200);
		var throttled = this.graph.get("/sites?search=projects");
		assertThat(throttled.status()).isEqualTo(429);
		assertThat(throttled.header("Retry-After")).isEqualTo("1");
		assertThat(throttled.errorCode()).isEqualTo("TooManyRequests");
		assertThat(this.graph.get("/sites?search=projects").status()).isEqualTo(200);
		assertThat(this.graph.get("/sites?search=projects").status()).isEqualTo(429);
	}

	@Test
	void seedingAgainAddsNothing() {
		String site = projectsSiteId();
		int lists = lists(site).size();
		this.seeds.run(null);
		assertThat(lists(site)).hasSize(lists);
		assertThat(this.graph.get("/sites?search=*").value()).hasSize(2);
	}

	@Test
	void anUnavailableFaultAnswersEveryNthRequestWith503AndRetryAfter() {
		this.faults.retryAfter(Duration.ZERO);
		this.faults.unavailableEvery(1);
		var unavailable = this.graph.get("/sites?search=projects");
		assertThat(unavailable.status()).isEqualTo(503);
		assertThat(unavailable.header("Retry-After")).isEqualTo("0");
		assertThat(unavailable.errorCode()).isEqualTo("serviceNotAvailable");
		this.faults.unavailableEvery(0);
		assertThat(this.graph.get("/sites?search=projects").status()).isEqualTo(200);
	}

	private static JsonNode byTitle(List<JsonNode> lists, String title) {
		return lists.stream()
			.filter((list) -> list.path("displayName").asString().equals(title))
			.findFirst()
			.orElseThrow();
	}

	private static JsonNode column(List<JsonNode> columns, String name) {
		return columns.stream()
			.filter((column) -> column.path("name").asString().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private static List<JsonNode> concat(List<JsonNode> a, List<JsonNode> b) {
		List<JsonNode> all = new java.util.ArrayList<>(a);
		all.addAll(b);
		return all;
	}

}
