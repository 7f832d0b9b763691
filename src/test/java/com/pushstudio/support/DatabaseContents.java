package com.pushstudio.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Every value of every column of every table, text as it is and binary read as UTF-8:
 * what someone with a copy of the database would see. (Not H2's SCRIPT: it commits, which
 * would leak rows into other tests.)
 */
public final class DatabaseContents {

	private DatabaseContents() {
	}

	public static List<String> everyValue(JdbcTemplate jdbc) {
		List<String> tables = jdbc.queryForList(
				"select table_name from information_schema.tables where upper(table_schema) = 'PUBLIC'", String.class);
		List<String> values = new ArrayList<>();
		for (String table : tables) {
			jdbc.query("select * from \"" + table + "\"", (RowCallbackHandler) (row) -> {
				for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
					Object value = row.getObject(i);
					if (value instanceof byte[] bytes) {
						values.add(new String(bytes, StandardCharsets.UTF_8));
					}
					else if (value != null) {
						values.add(value.toString());
					}
				}
			});
		}
		return values;
	}

}
