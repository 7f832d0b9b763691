package com.pushstudio.powerbi;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** Counts a table's rows through Execute Queries, the only way the API offers. */
final class RowCountQuery {

	private RowCountQuery() {
	}

	static ExecuteQueries.Request request(String tableName) {
		// DAX quotes table names in single quotes, doubling any inside.
		String table = "'" + tableName.replace("'", "''") + "'";
		return ExecuteQueries.Request.of("EVALUATE ROW(\"count\", COUNTROWS(" + table + "))");
	}

	/** COUNTROWS of an empty table is BLANK, which arrives as null: that is zero rows. */
	static OptionalLong count(ExecuteQueries.Response response) {
		if (response == null || response.error() != null || isEmpty(response.results())) {
			return OptionalLong.empty();
		}
		ExecuteQueries.QueryResult result = response.results().get(0);
		if (result.error() != null || isEmpty(result.tables())) {
			return OptionalLong.empty();
		}
		ExecuteQueries.TableResult table = result.tables().get(0);
		if (table.error() != null || isEmpty(table.rows())) {
			return OptionalLong.empty();
		}
		Map<String, Object> row = table.rows().get(0);
		if (!row.containsKey("[count]")) {
			return OptionalLong.empty();
		}
		Object value = row.get("[count]");
		if (value == null) {
			return OptionalLong.of(0);
		}
		return (value instanceof Number number) ? OptionalLong.of(number.longValue()) : OptionalLong.empty();
	}

	private static boolean isEmpty(List<?> list) {
		return list == null || list.isEmpty();
	}

}
