package com.pushstudio.graph;

import tools.jackson.databind.node.ObjectNode;

/**
 * An item of a list, from Graph's {@code listItem} with {@code expand=fields}.
 *
 * @param id the item's id within its list (digits, as a string)
 * @param fields the item's values by column API name, as Graph sent them (numbers stay
 * numbers); a person or lookup column comes as {@code {name}LookupId}; empty for a
 * deleted item
 * @param deleted whether a delta feed says the item was deleted (its {@code deleted}
 * facet)
 */
public record ListItem(String id, ObjectNode fields, boolean deleted) {
}
