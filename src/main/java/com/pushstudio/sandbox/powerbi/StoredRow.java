package com.pushstudio.sandbox.powerbi;

/**
 * One pushed row as read back: its id, which is its place in push order and the key to
 * page on, and its JSON. Read as a value, not an entity, so that paging through a table
 * keeps nothing in the persistence context.
 */
record StoredRow(Long id, String json) {
}
