package com.pushstudio.graph;

/**
 * What a SharePoint column holds, from the type facet of Graph's {@code columnDefinition}
 * ({@code text}, {@code number}, {@code currency}, {@code boolean}, {@code dateTime},
 * {@code choice}, {@code personOrGroup}, {@code lookup}, {@code calculated}); any other
 * facet is {@link #OTHER}.
 */
public enum ColumnKind {

	TEXT, NUMBER, CURRENCY, BOOLEAN, DATE_TIME, CHOICE, PERSON, LOOKUP, CALCULATED, OTHER

}
