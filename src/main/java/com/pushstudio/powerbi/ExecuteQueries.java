package com.pushstudio.powerbi;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The request and answer of Execute Queries, as far as counting rows needs them. */
final class ExecuteQueries {

	private ExecuteQueries() {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Request(List<Query> queries, SerializerSettings serializerSettings) {

		static Request of(String dax) {
			return new Request(List.of(new Query(dax)), new SerializerSettings(true));
		}

	}

	record Query(String query) {

	}

	/** With nulls included, an empty table's BLANK count arrives as null, not missing. */
	record SerializerSettings(Boolean includeNulls) {

	}

	record Response(List<QueryResult> results, QueryError error) {

	}

	record QueryResult(List<TableResult> tables, QueryError error) {

	}

	record TableResult(List<Map<String, Object>> rows, QueryError error) {

	}

	record QueryError(String code, String message) {

	}

}
