package com.pushstudio.consolidation;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.pushstudio.account.GraphTokens;
import com.pushstudio.consolidation.ListRule.Kind;
import com.pushstudio.dataset.DatasetDesigner;
import com.pushstudio.dataset.DatasetForm;
import com.pushstudio.powerbi.Column;
import com.pushstudio.powerbi.DataType;
import com.pushstudio.powerbi.Table;
import com.pushstudio.sandbox.graph.SandboxSharePoint;
import com.pushstudio.sandbox.powerbi.SandboxTableRows;
import com.pushstudio.support.SignInClient;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the sync tests do against one running application in sandbox mode: a person signs
 * in and allows SharePoint over HTTP, makes a dataset, makes lists in the sandbox's
 * SharePoint, creates a source, and compares the sandbox Power BI's rows with the lists'
 * current items, converted here on their own (not by the code under test).
 */
final class SyncFlows {

	static final String TABLE = "Work";

	static final String HOST = "contoso.sharepoint.com";

	static final String PROJECTS = "/sites/projects";

	private static final Pattern OBJECT_ID = Pattern.compile("data-testid=\"object-id\">([^<]+)<");

	private final SharePointSources sharePoint;

	private final DatasetDesigner designer;

	private final SandboxSharePoint lists;

	private final SandboxTableRows tableRows;

	private final JdbcTemplate jdbc;

	private final String owner;

	private SyncFlows(ApplicationContext context, ApplicationContext cloud, String owner) {
		this.sharePoint = context.getBean(SharePointSources.class);
		this.designer = context.getBean(DatasetDesigner.class);
		this.lists = cloud.getBean(SandboxSharePoint.class);
		this.tableRows = cloud.getBean(SandboxTableRows.class);
		this.jdbc = cloud.getBean(JdbcTemplate.class);
		this.owner = owner;
	}

	/** A person who signed in and allowed Push Studio to read SharePoint sites. */
	static SyncFlows signedIn(ApplicationContext context, int port, String username) {
		return signedIn(context, context, port, username);
	}

	/**
	 * As {@link #signedIn(ApplicationContext, int, String)}, in azure mode against a
	 * cloud of its own ({@code cloud}: the standalone emulator's context).
	 */
	static SyncFlows signedIn(ApplicationContext context, ApplicationContext cloud, int port, String username) {
		SignInClient browser = new SignInClient(port);
		browser.signIn(username);
		Matcher objectId = OBJECT_ID.matcher(browser.get("/connection").body());
		assertThat(objectId.find()).as("the Connection page shows the object id").isTrue();
		HttpResponse<String> consentPage = browser.follow(browser.get(GraphTokens.CONSENT_START));
		browser.follow(browser.answerConsentPage(consentPage, username, "accept"));
		String owner = objectId.group(1);
		assertThat(context.getBean(GraphTokens.class).hasConsent(owner)).isTrue();
		return new SyncFlows(context, cloud, owner);
	}

	/** The same person in another application context on the same database. */
	static SyncFlows again(ApplicationContext context, String owner) {
		return new SyncFlows(context, context, owner);
	}

	String owner() {
		return this.owner;
	}

	SandboxSharePoint sandbox() {
		return this.lists;
	}

	String projectsSite() {
		return this.lists.siteId(HOST, PROJECTS);
	}

	/** A unique start of list titles, so that each test's rule takes only its lists. */
	static String prefix() {
		return "Sync " + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A dataset whose table takes the project lists' title, hours, owner and client. */
	String dataset() {
		return dataset(DataType.DOUBLE);
	}

	/** As {@link #dataset()}, its Hours column of the given type. */
	String dataset(DataType hours) {
		return this.designer.create(this.owner,
				DatasetForm.of("Projects " + UUID.randomUUID(),
						List.of(Table.of(TABLE,
								List.of(Column.of("Title", DataType.STRING), Column.of("Hours", hours),
										Column.of("Owner", DataType.STRING), Column.of("Client", DataType.STRING),
										Column.of("List", DataType.STRING))))));
	}

	/**
	 * Lists named like {@code prefix *} of the Projects site into the dataset's table.
	 */
	String source(String datasetId, String prefix, SyncSchedule schedule) {
		return this.sharePoint.create(this.owner, new SourceDraft("me", datasetId, TABLE, projectsSite(), rule(prefix),
				ZoneId.of("Europe/Berlin"), "List", null, schedule));
	}

	static ListRule rule(String prefix) {
		return new ListRule(Kind.NAME_PATTERN, null, prefix + " *", null);
	}

	/** Syncs now and waits until the run is recorded and its rows pushed. */
	SyncRunView syncNow(String sourceId) {
		int before = this.sharePoint.view(this.owner, sourceId).history().size();
		assertThat(this.sharePoint.trySyncNow(this.owner, sourceId)).as("a sync was queued").isTrue();
		return awaitRuns(sourceId, before + 1).get(0);
	}

	/** The newest runs first, once there are {@code count} and nothing is syncing. */
	List<SyncRunView> awaitRuns(String sourceId, int count) {
		await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() -> {
			SourceView view = this.sharePoint.view(this.owner, sourceId);
			return view.history().size() >= count && !view.syncing();
		});
		return this.sharePoint.view(this.owner, sourceId).history();
	}

	/** The table's rows in the sandbox Power BI, each as {@link #normalized}. */
	List<Map<String, String>> rows(String datasetId) {
		return this.tableRows.rows(datasetId, TABLE).stream().map(SyncFlows::normalized).toList();
	}

	/** The sandbox's ids of the table's stored rows, in push order. */
	List<Long> rowIds(String datasetId) {
		return this.jdbc.queryForList(
				"select id from sandbox_powerbi_row where dataset_id = ? and table_name = ? order by id", Long.class,
				datasetId, TABLE);
	}

	/**
	 * What the table must hold after a sync of these lists (titles by id): one row per
	 * current item, the person and the client as the title of the item they look up.
	 */
	List<Map<String, String>> expectedRows(Map<String, String> listTitles) {
		String site = projectsSite();
		Map<String, String> people = titles(this.lists.listId(site, "User Information List"));
		Map<String, String> clients = titles(this.lists.listId(site, "Clients"));
		List<Map<String, String>> rows = new ArrayList<>();
		listTitles.forEach((listId, title) -> this.lists.items(listId).values().forEach((fields) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("Title", fields.get("Title"));
			row.put("Hours", fields.get("Hours"));
			row.put("Owner", people.get(text(fields.get("OwnerLookupId"))));
			row.put("Client", clients.get(text(fields.get("ClientLookupId"))));
			row.put("List", title);
			rows.add(normalized(row));
		}));
		return rows;
	}

	private Map<String, String> titles(String listId) {
		Map<String, String> titles = new LinkedHashMap<>();
		this.lists.items(listId).forEach((id, fields) -> titles.put(String.valueOf(id), text(fields.get("Title"))));
		return titles;
	}

	/**
	 * A row with text values: numbers without trailing zeros (12.0 and 12 are one value
	 * in a Double column), no value and null alike (Power BI keeps neither apart).
	 */
	static Map<String, String> normalized(Map<String, ?> row) {
		Map<String, String> values = new LinkedHashMap<>();
		row.forEach((name, value) -> {
			if (value instanceof Number number) {
				values.put(name, new BigDecimal(number.toString()).stripTrailingZeros().toPlainString());
			}
			else if (value != null) {
				values.put(name, value.toString());
			}
		});
		return values;
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

}
