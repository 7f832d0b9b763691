package com.pushstudio.graph;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.pushstudio.graph.LocalGraph.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.unit.DataSize;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The Graph client over real HTTP against a local server that answers as Graph does:
 * paging, delta feeds, throttling, 410, errors, and links that lead elsewhere.
 */
class GraphClientTests {

	private static final String SITE = "contoso.sharepoint.com,2c1f5a9e-0000-4000-8000-000000000001,"
			+ "7b3c1d2e-0000-4000-8000-000000000002";

	private static final String LIST = "b57dd9a3-0000-4000-8000-000000000003";

	/** How the client writes the site id in a path: commas stay, as Graph shows them. */
	private static final String LIST_PATH = "/graph/v1.0/sites/" + SITE + "/lists/" + LIST;

	private final JsonMapper json = JsonMapper.builder().build();

	private final CountingGraphTokens tokens = new CountingGraphTokens();

	private LocalGraph graph;

	private LocalGraph elsewhere;

	@BeforeEach
	void start() throws Exception {
		this.graph = new LocalGraph();
		this.elsewhere = new LocalGraph();
	}

	@AfterEach
	void stop() {
		this.graph.close();
		this.elsewhere.close();
	}

	@Test
	void listsAreReadAcrossEveryNextLinkWithTheUsersToken() {
		this.graph.on("/graph/v1.0/sites/" + SITE + "/lists",
				Answer.json("{\"value\":[{\"id\":\"l1\",\"name\":\"Alpha\",\"displayName\":\"Project Alpha\","
						+ "\"webUrl\":\"https://contoso.sharepoint.com/sites/p/Lists/Alpha\","
						+ "\"list\":{\"hidden\":false,\"template\":\"genericList\"}}]," + "\"@odata.nextLink\":\""
						+ this.graph.apiUrl() + "/v1.0/sites/" + SITE + "/lists?$skiptoken=page2\"}"));
		this.graph.on("/graph/v1.0/sites/" + SITE + "/lists?$skiptoken=page2",
				Answer.json("{\"value\":[{\"id\":\"l2\",\"list\":{\"hidden\":true,\"template\":\"documentLibrary\"}},"
						+ "{\"id\":\"l3\",\"name\":\"Gamma\"}]}"));

		List<SharePointList> lists = client().lists("ada", SITE);

		assertThat(lists).extracting(SharePointList::id).containsExactly("l1", "l2", "l3");
		assertThat(lists.get(0)).isEqualTo(new SharePointList("l1", "Alpha", "Project Alpha",
				"https://contoso.sharepoint.com/sites/p/Lists/Alpha", false, "genericList"));
		assertThat(lists.get(1).hidden()).isTrue();
		assertThat(lists.get(1).template()).isEqualTo("documentLibrary");
		assertThat(this.graph.received()).hasSize(2)
			.allSatisfy((request) -> assertThat(request.authorization()).isEqualTo("Bearer token-1"));
	}

	@Test
	void aListingStopsAtTheConfiguredNumberOfPagesAndSaysSo() {
		this.graph.on("/graph/v1.0/sites/" + SITE + "/lists", Answer.json("{\"value\":[{\"id\":\"l1\"}],"
				+ "\"@odata.nextLink\":\"" + this.graph.apiUrl() + "/v1.0/sites/" + SITE + "/lists\"}"));

		assertThatExceptionOfType(GraphException.class)
			.isThrownBy(() -> client(4, Duration.ofSeconds(60), 3).lists("ada", SITE))
			.withMessageContaining("more than 3 pages");
		assertThat(this.graph.received()).hasSize(3);
	}

	@Test
	void aDeltaFeedIsFollowedToItsDeltaLinkWithDeletedItemsMarked() {
		String next = this.graph.apiUrl() + "/v1.0/sites/" + SITE + "/lists/" + LIST + "/items/delta?token=p2";
		String delta = this.graph.apiUrl() + "/v1.0/sites/" + SITE + "/lists/" + LIST + "/items/delta?token=d9";
		this.graph.on(LIST_PATH + "/items/delta?expand=fields(select=Title,Hours)",
				Answer.json("{\"value\":[{\"id\":\"1\",\"fields\":{\"Title\":\"Plan\",\"Hours\":4.5}}],"
						+ "\"@odata.nextLink\":\"" + next + "\"}"));
		this.graph.on(LIST_PATH + "/items/delta?token=p2",
				Answer.json("{\"value\":[{\"id\":\"2\",\"fields\":{\"Title\":\"Build\"}},"
						+ "{\"id\":\"7\",\"deleted\":{\"state\":\"deleted\"}}],\"@odata.deltaLink\":\"" + delta
						+ "\"}"));
		GraphClient client = client();

		DeltaPage first = client.startDelta("ada", SITE, LIST, List.of("Title", "Hours"));
		assertThat(first.last()).isFalse();
		assertThat(first.nextLink()).isEqualTo(next);
		assertThat(first.items()).singleElement().satisfies((item) -> {
			assertThat(item.id()).isEqualTo("1");
			assertThat(item.deleted()).isFalse();
			assertThat(item.fields().get("Hours").isNumber()).isTrue();
			assertThat(item.fields().get("Hours").doubleValue()).isEqualTo(4.5);
		});

		DeltaPage last = client.deltaPage("ada", first.nextLink());
		assertThat(last.last()).isTrue();
		assertThat(last.deltaLink()).isEqualTo(delta);
		assertThat(last.items()).extracting(ListItem::id, ListItem::deleted)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("2", false),
					org.assertj.core.groups.Tuple.tuple("7", true));
		assertThat(last.items().get(1).fields().isEmpty()).isTrue();
	}

	@Test
	void a429IsRetriedAfterTheSecondsRetryAfterNames() {
		this.graph.on(LIST_PATH + "/columns", Answer.status(429, Map.of("Retry-After", "1"), ""),
				Answer.json("{\"value\":[{\"id\":\"c1\",\"name\":\"Title\",\"text\":{}}]}"));

		List<ListColumn> columns = client().columns("ada", SITE, LIST);

		assertThat(columns).extracting(ListColumn::name).containsExactly("Title");
		List<LocalGraph.Received> received = this.graph.received();
		assertThat(received).hasSize(2);
		assertThat(Duration.ofNanos(received.get(1).nanos() - received.get(0).nanos()))
			.isGreaterThanOrEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void throttlingIsRetriedOnlyAsOftenAsConfigured() {
		this.graph.on(LIST_PATH + "/columns", Answer.status(503, Map.of("Retry-After", "0"), ""));

		assertThatExceptionOfType(GraphThrottledException.class)
			.isThrownBy(() -> client(2, Duration.ofSeconds(60), 100).columns("ada", SITE, LIST))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(503))
			.satisfies((ex) -> assertThat(ex.retryAfter()).isEqualTo(Duration.ZERO));
		assertThat(this.graph.received()).hasSize(3);
	}

	@Test
	void aRetryAfterLongerThanAllowedFailsAtOnceWithoutWaiting() {
		this.graph.on(LIST_PATH + "/columns", Answer.status(429, Map.of("Retry-After", "120"), ""));

		assertThatExceptionOfType(GraphThrottledException.class)
			.isThrownBy(() -> client(4, Duration.ofSeconds(60), 100).columns("ada", SITE, LIST))
			.satisfies((ex) -> assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(120)));
		assertThat(this.graph.received()).hasSize(1);
	}

	@Test
	void a410TellsToStartOverAndKeepsTheLinkGraphGave() {
		String delta = this.graph.apiUrl() + "/v1.0/sites/" + SITE + "/lists/" + LIST + "/items/delta?token=old";
		String fresh = this.graph.apiUrl() + "/v1.0/sites/" + SITE + "/lists/" + LIST + "/items/delta";
		this.graph.on(LIST_PATH + "/items/delta?token=old", Answer.status(410, Map.of("Location", fresh),
				"{\"error\":{\"code\":\"resyncRequired\",\"message\":\"Resync required.\"}}"));

		assertThatExceptionOfType(GraphResyncRequiredException.class).isThrownBy(() -> client().deltaPage("ada", delta))
			.satisfies((ex) -> assertThat(ex.resyncLink()).isEqualTo(fresh))
			.withMessageContaining("resyncRequired");
	}

	@Test
	void aNextLinkToAnotherHostIsRefusedAndNothingReachesThatHost() {
		String foreign = this.elsewhere.apiUrl().replace("localhost", "127.0.0.1") + "/v1.0/sites/" + SITE
				+ "/lists?$skiptoken=x";
		this.graph.on("/graph/v1.0/sites/" + SITE + "/lists",
				Answer.json("{\"value\":[{\"id\":\"l1\"}],\"@odata.nextLink\":\"" + foreign + "\"}"));
		this.elsewhere.on("/graph/v1.0/sites/" + SITE + "/lists?$skiptoken=x", Answer.json("{\"value\":[]}"));
		GraphClient client = client();

		assertThatExceptionOfType(GraphException.class).isThrownBy(() -> client.lists("ada", SITE))
			.withMessageContaining("not followed");
		assertThatExceptionOfType(GraphException.class).isThrownBy(() -> client.deltaPage("ada", foreign));
		assertThatExceptionOfType(GraphException.class)
			.isThrownBy(() -> client.deltaPage("ada", this.graph.apiUrl() + "/beta/sites/" + SITE));
		assertThat(this.elsewhere.received()).isEmpty();
		assertThat(this.graph.received()).hasSize(1);
	}

	@Test
	void missingOptionalPropertiesReadAsNullOrFalse() {
		this.graph.on("/graph/v1.0/sites/" + SITE, Answer.json("{\"id\":\"" + SITE + "\"}"));
		this.graph.on("/graph/v1.0/sites/" + SITE + "/lists", Answer.json("{\"value\":[{\"id\":\"l1\"}]}"));
		this.graph.on(LIST_PATH + "/columns", Answer.json("{\"value\":["
				+ "{\"name\":\"Due\",\"dateTime\":{\"format\":\"dateOnly\"}},"
				+ "{\"name\":\"Logged\",\"displayName\":\"Logged at\",\"dateTime\":{}},"
				+ "{\"name\":\"Client\",\"lookup\":{\"listId\":\"l9\",\"columnName\":\"Title\",\"allowMultipleValues\":true}},"
				+ "{\"name\":\"Owner\",\"personOrGroup\":{}},{\"name\":\"Tags\",\"choice\":{\"displayAs\":\"checkBoxes\"}},"
				+ "{\"name\":\"Link\",\"hyperlinkOrPicture\":{}},{\"name\":\"Bare\",\"readOnly\":true,\"hidden\":true}]}"));
		this.graph.on(LIST_PATH + "/items?expand=fields&$top=2",
				Answer.json("{\"value\":[{\"id\":\"3\"},{\"id\":\"4\",\"fields\":{\"Title\":null}}]}"));
		GraphClient client = client();

		assertThat(client.site("ada", SITE)).isEqualTo(new Site(SITE, null, null, null));
		assertThat(client.lists("ada", SITE)).containsExactly(new SharePointList("l1", null, null, null, false, null));
		assertThat(client.columns("ada", SITE, LIST)).containsExactly(
				new ListColumn("Due", null, ColumnKind.DATE_TIME, true, false, null, null, false, false),
				new ListColumn("Logged", "Logged at", ColumnKind.DATE_TIME, false, false, null, null, false, false),
				new ListColumn("Client", null, ColumnKind.LOOKUP, false, true, "l9", "Title", false, false),
				new ListColumn("Owner", null, ColumnKind.PERSON, false, false, null, null, false, false),
				new ListColumn("Tags", null, ColumnKind.CHOICE, false, true, null, null, false, false),
				new ListColumn("Link", null, ColumnKind.OTHER, false, false, null, null, false, false),
				new ListColumn("Bare", null, ColumnKind.OTHER, false, false, null, null, true, true));
		List<ListItem> items = client.items("ada", SITE, LIST, List.of(), 2);
		assertThat(items).extracting(ListItem::id).containsExactly("3", "4");
		assertThat(items.get(0).fields().isEmpty()).isTrue();
	}

	@Test
	void a401IsAnsweredWithOneRefreshedToken() {
		this.graph.on("/graph/v1.0/sites/" + SITE, Answer.status(401, Map.of(), ""),
				Answer.json("{\"id\":\"" + SITE + "\",\"displayName\":\"Projects\"}"));

		assertThat(client().site("ada", SITE).title()).isEqualTo("Projects");
		assertThat(this.tokens.refreshes).hasValue(1);
		assertThat(this.graph.received()).extracting(LocalGraph.Received::authorization)
			.containsExactly("Bearer token-1", "Bearer token-2");
	}

	@Test
	void refusalsNameThePermissionAndGraphsCodeButNeverTheWholeBody() {
		String longMessage = "x".repeat(5000);
		this.graph.on("/graph/v1.0/sites/" + SITE,
				Answer.status(403, Map.of(), "{\"error\":{\"code\":\"accessDenied\",\"message\":\"" + longMessage
						+ "\",\"innerError\":{\"secret\":\"do-not-echo\"}}}"));
		this.graph.on("/graph/v1.0/sites/" + SITE + "/lists",
				Answer.status(400, Map.of(), "{\"error\":{\"code\":\"invalidRequest\",\"message\":\"Bad.\"}}"));

		assertThatExceptionOfType(GraphPermissionException.class).isThrownBy(() -> client().site("ada", SITE))
			.withMessageContaining("Sites.Read.All")
			.withMessageContaining("accessDenied")
			.satisfies((ex) -> assertThat(ex.getMessage()).hasSizeLessThan(600).doesNotContain("do-not-echo"));
		assertThatExceptionOfType(GraphException.class).isThrownBy(() -> client().lists("ada", SITE))
			.withMessageContaining("invalidRequest")
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(400));
	}

	@Test
	void aSiteIsFoundByItsAddressAndAnythingElseIsRefusedWithoutAsking() {
		this.graph.on("/graph/v1.0/sites/contoso.sharepoint.com:/sites/My%20Projects",
				Answer.json("{\"id\":\"" + SITE + "\",\"name\":\"My Projects\"}"));
		this.graph.on("/graph/v1.0/sites/contoso.sharepoint.com", Answer.json("{\"id\":\"root\"}"));
		GraphClient client = client();

		assertThat(client.siteByUrl("ada", "https://contoso.sharepoint.com/sites/My%20Projects/").id()).isEqualTo(SITE);
		assertThat(
				client.siteByUrl("ada", "https://Contoso.sharepoint.com/sites/My%20Projects/Lists/Alpha/AllItems.aspx")
					.id())
			.isEqualTo(SITE);
		assertThat(client.siteByUrl("ada", "https://contoso.sharepoint.com/").id()).isEqualTo("root");
		int asked = this.graph.received().size();
		for (String bad : List.of("contoso.sharepoint.com/sites/x", "https://contoso.sharepoint.com/Shared%20Documents",
				"ftp://contoso.sharepoint.com/sites/x", "https://contoso.sharepoint.com/sites/", " ")) {
			assertThatExceptionOfType(SiteAddressException.class).as(bad)
				.isThrownBy(() -> client.siteByUrl("ada", bad));
		}
		assertThat(this.graph.received()).hasSize(asked);
	}

	private GraphClient client() {
		return client(4, Duration.ofSeconds(60), 100);
	}

	private GraphClient client(int maxRetries, Duration maxRetryWait, int maxPages) {
		var properties = new GraphClientProperties(Duration.ofSeconds(5), Duration.ofSeconds(10), maxRetries,
				maxRetryWait, maxPages, DataSize.ofMegabytes(1));
		var http = new GraphHttp(this.graph::apiUrl, () -> this.tokens,
				GraphClientConfiguration.restClient(RestClient.builder(), properties), this.json, properties);
		return new GraphClient(http, new GraphReader(this.json), maxPages);
	}

}
