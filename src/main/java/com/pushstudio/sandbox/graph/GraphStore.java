package com.pushstudio.sandbox.graph;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.pushstudio.sandbox.graph.GraphModel.Column;
import com.pushstudio.sandbox.graph.GraphModel.GraphList;
import com.pushstudio.sandbox.graph.GraphModel.Item;
import com.pushstudio.sandbox.graph.GraphModel.Site;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sandbox's SharePoint tables. Every change of an item takes the list's next change
 * number in the same transaction as the item, so that a delta reads exactly the changes
 * after a number; inserts go in batches, so that seeding thousands of items is quick.
 */
@Component
class GraphStore {

	private static final String LIST_COLUMNS = "id, site_id, name, display_name, template, hidden, created_at, "
			+ "modified_at, epoch, last_change";

	private static final String ITEM_COLUMNS = "item_id, fields_json, created_at, modified_at, change_seq, deleted";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	GraphStore(JdbcTemplate jdbc, TransactionTemplate transactions, GraphClock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock.clock();
	}

	boolean anySite() {
		return this.jdbc.queryForObject("select count(*) from sandbox_graph_site", Long.class) > 0;
	}

	void addSite(Site site) {
		this.jdbc.update(
				"insert into sandbox_graph_site (id, hostname, server_relative_path, name, display_name, time_zone, "
						+ "created_at) values (?, ?, ?, ?, ?, ?, ?)",
				site.id(), site.hostname(), site.path(), site.name(), site.displayName(), site.zone().getId(),
				at(site.created()));
	}

	List<Site> sites() {
		return this.jdbc.query("select * from sandbox_graph_site order by created_at, id", GraphStore::site);
	}

	Optional<Site> site(String id) {
		return this.jdbc.query("select * from sandbox_graph_site where id = ?", GraphStore::site, id)
			.stream()
			.findFirst();
	}

	Optional<Site> siteByPath(String hostname, String path) {
		return this.jdbc
			.query("select * from sandbox_graph_site where lower(hostname) = lower(?) and "
					+ "lower(server_relative_path) = lower(?)", GraphStore::site, hostname, path)
			.stream()
			.findFirst();
	}

	/** A new list with its columns, in one transaction. */
	void addList(GraphList list, List<Column> columns) {
		this.transactions.executeWithoutResult((status) -> {
			Long position = this.jdbc.queryForObject(
					"select coalesce(max(position), 0) + 1 from sandbox_graph_list where site_id = ?", Long.class,
					list.siteId());
			this.jdbc.update(
					"insert into sandbox_graph_list (" + LIST_COLUMNS + ", position, last_item_id) "
							+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
					list.id(), list.siteId(), list.name(), list.displayName(), list.template(), list.hidden(),
					at(list.created()), at(list.modified()), list.epoch(), list.lastChange(), position);
			List<Object[]> rows = new ArrayList<>();
			for (int i = 0; i < columns.size(); i++) {
				Column column = columns.get(i);
				rows.add(new Object[] { list.id(), i, column.id(), column.name(), column.displayName(), column.hidden(),
						column.readOnly(), column.facetJson() });
			}
			this.jdbc.batchUpdate("insert into sandbox_graph_column (list_id, position, id, name, display_name, "
					+ "hidden, read_only, facet_json) values (?, ?, ?, ?, ?, ?, ?, ?)", rows);
		});
	}

	/**
	 * A page of a site's lists in the order they were made, after {@code afterPosition};
	 * hidden (system) lists only when asked for.
	 */
	List<GraphList> lists(String siteId, long afterPosition, int limit, boolean hidden) {
		return this.jdbc.query("select " + LIST_COLUMNS + ", position from sandbox_graph_list where site_id = ? "
				+ "and position > ? " + (hidden ? "" : "and hidden = false ") + "order by position fetch first " + limit
				+ " rows only", GraphStore::list, siteId, afterPosition);
	}

	long position(String listId) {
		return this.jdbc.queryForObject("select position from sandbox_graph_list where id = ?", Long.class, listId);
	}

	/** By id, or else by title as Graph's {@code lists/{list-id-or-title}} allows. */
	Optional<GraphList> list(String siteId, String idOrTitle) {
		List<GraphList> byId = this.jdbc.query(
				"select " + LIST_COLUMNS + " from sandbox_graph_list where site_id = ? and id = ?", GraphStore::list,
				siteId, idOrTitle);
		if (!byId.isEmpty()) {
			return Optional.of(byId.get(0));
		}
		return this.jdbc
			.query("select " + LIST_COLUMNS + " from sandbox_graph_list where site_id = ? and "
					+ "lower(display_name) = lower(?) order by position", GraphStore::list, siteId, idOrTitle)
			.stream()
			.findFirst();
	}

	Optional<GraphList> list(String listId) {
		return this.jdbc
			.query("select " + LIST_COLUMNS + " from sandbox_graph_list where id = ?", GraphStore::list, listId)
			.stream()
			.findFirst();
	}

	List<Column> columns(String listId) {
		return this.jdbc.query(
				"select id, name, display_name, hidden, read_only, facet_json from sandbox_graph_column "
						+ "where list_id = ? order by position",
				(rs, n) -> new Column(rs.getString("id"), rs.getString("name"), rs.getString("display_name"),
						rs.getBoolean("hidden"), rs.getBoolean("read_only"), rs.getString("facet_json")),
				listId);
	}

	/** Current (not deleted) items after {@code afterId}, by id. */
	List<Item> items(String listId, int afterId, int limit) {
		return this.jdbc.query(
				"select " + ITEM_COLUMNS + " from sandbox_graph_item where list_id = ? and "
						+ "deleted = false and item_id > ? order by item_id fetch first " + limit + " rows only",
				GraphStore::item, listId, afterId);
	}

	Optional<Item> item(String listId, int itemId) {
		return this.jdbc
			.query("select " + ITEM_COLUMNS + " from sandbox_graph_item where list_id = ? and item_id = ?",
					GraphStore::item, listId, itemId)
			.stream()
			.findFirst();
	}

	/**
	 * Items, deleted ones included, whose latest change is after {@code after} and no
	 * later than {@code upto}, in the order of those changes: each item once, in its
	 * latest state.
	 */
	List<Item> changes(String listId, long after, long upto, int limit) {
		return this.jdbc.query(
				"select " + ITEM_COLUMNS + " from sandbox_graph_item where list_id = ? and "
						+ "change_seq > ? and change_seq <= ? order by change_seq fetch first " + limit + " rows only",
				GraphStore::item, listId, after, upto);
	}

	/** Current items per list id. */
	Map<String, Long> itemCounts() {
		Map<String, Long> counts = new HashMap<>();
		this.jdbc.query("select list_id, count(*) from sandbox_graph_item where deleted = false group by list_id",
				(ResultSet rs) -> {
					counts.put(rs.getString(1), rs.getLong(2));
				});
		return counts;
	}

	/** New items with the given fields; answers their ids. */
	List<Integer> addItems(String listId, List<String> fields) {
		return this.transactions.execute((status) -> {
			Instant now = this.clock.instant();
			int n = fields.size();
			if (this.jdbc.update(
					"update sandbox_graph_list set last_item_id = last_item_id + ?, "
							+ "last_change = last_change + ?, modified_at = ? where id = ?",
					n, n, at(now), listId) != 1) {
				throw GraphApiException.notFound("The list does not exist.");
			}
			Map<String, Object> counters = this.jdbc
				.queryForMap("select last_item_id, last_change from sandbox_graph_list where id = ?", listId);
			int firstId = ((Number) counters.get("last_item_id")).intValue() - n + 1;
			long firstChange = ((Number) counters.get("last_change")).longValue() - n + 1;
			List<Object[]> rows = new ArrayList<>(n);
			List<Integer> ids = new ArrayList<>(n);
			for (int i = 0; i < n; i++) {
				ids.add(firstId + i);
				rows.add(new Object[] { listId, firstId + i, fields.get(i), at(now), at(now), firstChange + i });
			}
			this.jdbc.batchUpdate("insert into sandbox_graph_item (list_id, item_id, fields_json, created_at, "
					+ "modified_at, change_seq, deleted) values (?, ?, ?, ?, ?, ?, false)", rows);
			return ids;
		});
	}

	/** Replaces an item's fields; false when there is no such current item. */
	boolean changeItem(String listId, int itemId, String fields) {
		return Boolean.TRUE.equals(this.transactions.execute((status) -> {
			long change = nextChange(listId);
			return this.jdbc.update(
					"update sandbox_graph_item set fields_json = ?, modified_at = ?, change_seq = ? "
							+ "where list_id = ? and item_id = ? and deleted = false",
					fields, at(this.clock.instant()), change, listId, itemId) == 1 || rollback(status);
		}));
	}

	/** Leaves a tombstone for delta; false when there is no such current item. */
	boolean deleteItem(String listId, int itemId) {
		return Boolean.TRUE.equals(this.transactions.execute((status) -> {
			long change = nextChange(listId);
			return this.jdbc.update(
					"update sandbox_graph_item set fields_json = '{}', modified_at = ?, "
							+ "change_seq = ?, deleted = true where list_id = ? and item_id = ? and deleted = false",
					at(this.clock.instant()), change, listId, itemId) == 1 || rollback(status);
		}));
	}

	/** A new title (display name); its URL name stays, as in SharePoint. */
	boolean renameList(String listId, String displayName) {
		return this.jdbc.update("update sandbox_graph_list set display_name = ?, modified_at = ? where id = ?",
				displayName, at(this.clock.instant()), listId) == 1;
	}

	/** Every delta token handed out for the list so far gets 410 from now on. */
	boolean newEpoch(String listId) {
		return this.jdbc.update("update sandbox_graph_list set epoch = epoch + 1 where id = ?", listId) == 1;
	}

	private long nextChange(String listId) {
		if (this.jdbc.update(
				"update sandbox_graph_list set last_change = last_change + 1, modified_at = ? " + "where id = ?",
				at(this.clock.instant()), listId) != 1) {
			throw GraphApiException.notFound("The list does not exist.");
		}
		return this.jdbc.queryForObject("select last_change from sandbox_graph_list where id = ?", Long.class, listId);
	}

	private static boolean rollback(org.springframework.transaction.TransactionStatus status) {
		status.setRollbackOnly();
		return false;
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static Site site(ResultSet rs, int n) throws SQLException {
		return new Site(rs.getString("id"), rs.getString("hostname"), rs.getString("server_relative_path"),
				rs.getString("name"), rs.getString("display_name"), ZoneId.of(rs.getString("time_zone")),
				instant(rs, "created_at"));
	}

	private static GraphList list(ResultSet rs, int n) throws SQLException {
		return new GraphList(rs.getString("id"), rs.getString("site_id"), rs.getString("name"),
				rs.getString("display_name"), rs.getString("template"), rs.getBoolean("hidden"),
				instant(rs, "created_at"), instant(rs, "modified_at"), rs.getInt("epoch"), rs.getLong("last_change"));
	}

	private static Item item(ResultSet rs, int n) throws SQLException {
		return new Item(rs.getInt("item_id"), rs.getString("fields_json"), instant(rs, "created_at"),
				instant(rs, "modified_at"), rs.getLong("change_seq"), rs.getBoolean("deleted"));
	}

}
