package com.pushstudio.sandbox.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.pushstudio.sandbox.graph.DeltaTokens.Position;
import com.pushstudio.sandbox.graph.GraphModel.GraphList;
import com.pushstudio.sandbox.graph.GraphModel.Item;
import com.pushstudio.sandbox.graph.GraphModel.Site;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A list's items, paged, and their delta. */
@RestController
class GraphItemsController {

	private static final String ITEMS = GraphListsController.LISTS + "/{listId}/items";

	private final GraphStore store;

	private final GraphAnswers answers;

	private final SandboxGraphProperties properties;

	private final DeltaTokens tokens;

	private final GraphFaults faults;

	GraphItemsController(GraphStore store, GraphAnswers answers, SandboxGraphProperties properties, DeltaTokens tokens,
			GraphFaults faults) {
		this.store = store;
		this.answers = answers;
		this.properties = properties;
		this.tokens = tokens;
		this.faults = faults;
	}

	/** "List items", with {@code expand=fields(select=...)} and {@code $top}. */
	@GetMapping(ITEMS)
	Map<String, Object> items(@PathVariable String siteId, @PathVariable String listId,
			@RequestParam(required = false) String expand,
			@RequestParam(name = "$expand", required = false) String dollarExpand,
			@RequestParam(name = "$top", required = false) String top,
			@RequestParam(name = "$skiptoken", required = false) String skipToken) {
		GraphList list = list(siteId, listId);
		FieldSelection selection = FieldSelection.of((expand != null) ? expand : dollarExpand);
		int size = Paging.size(top, this.properties);
		long after = Paging.skip(skipToken);
		List<Item> page = this.store.items(list.id(), (int) Math.min(after, Integer.MAX_VALUE), size + 1);
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("value", page.stream().limit(size).map((item) -> this.answers.item(item, selection)).toList());
		if (page.size() > size) {
			answer.put("@odata.nextLink",
					GraphLinks.withParameter("$skiptoken", Paging.skipToken(page.get(size - 1).id())));
		}
		return answer;
	}

	/** "Get listItem". */
	@GetMapping(ITEMS + "/{itemId}")
	Map<String, Object> item(@PathVariable String siteId, @PathVariable String listId, @PathVariable String itemId,
			@RequestParam(required = false) String expand,
			@RequestParam(name = "$expand", required = false) String dollarExpand) {
		GraphList list = list(siteId, listId);
		FieldSelection selection = FieldSelection.of((expand != null) ? expand : dollarExpand);
		return parseId(itemId).flatMap((id) -> this.store.item(list.id(), id))
			.filter((item) -> !item.deleted())
			.map((item) -> this.answers.item(item, selection))
			.orElseThrow(() -> GraphApiException.notFound("The requested item was not found."));
	}

	/**
	 * "listItem: delta". No token: every current item, page by page, then a deltaLink;
	 * {@code token=latest}: no items, a deltaLink; a token from a deltaLink: each item
	 * changed since, once in its latest state, deleted ones with the deleted facet. A
	 * token of an older epoch, or not this sandbox's, is 410 Gone with a Location that
	 * starts over.
	 */
	@GetMapping(ITEMS + "/delta")
	Map<String, Object> delta(@PathVariable String siteId, @PathVariable String listId,
			@RequestParam(required = false) String token, @RequestParam(required = false) String expand,
			@RequestParam(name = "$expand", required = false) String dollarExpand,
			@RequestParam(name = "$top", required = false) String top) {
		GraphList list = list(siteId, listId);
		FieldSelection selection = FieldSelection.of((expand != null) ? expand : dollarExpand);
		int size = Paging.size(top, this.properties);
		Map<String, Object> answer = new LinkedHashMap<>();
		if ("latest".equals(token)) {
			answer.put("value", List.of());
			answer.put("@odata.deltaLink", link(new Position(list.id(), list.epoch(), false, list.lastChange(), -1)));
			return answer;
		}
		Position position = (token != null) ? valid(list, token)
				: new Position(list.id(), list.epoch(), true, 0, list.lastChange());
		if (position.enumerating()) {
			List<Item> page = this.store.items(list.id(), (int) position.after(), size + 1);
			answer.put("value", page.stream().limit(size).map((item) -> this.answers.item(item, selection)).toList());
			answer.put((page.size() > size) ? "@odata.nextLink" : "@odata.deltaLink", (page.size() > size)
					? link(new Position(list.id(), list.epoch(), true, page.get(size - 1).id(), position.upto()))
					: link(new Position(list.id(), list.epoch(), false, position.upto(), -1)));
			return answer;
		}
		long upto = (position.upto() < 0) ? list.lastChange() : position.upto();
		List<Item> page = this.store.changes(list.id(), position.after(), upto, size + 1);
		answer.put("value", page.stream().limit(size).map((item) -> this.answers.item(item, selection)).toList());
		if (page.size() > size) {
			answer.put("@odata.nextLink",
					link(new Position(list.id(), list.epoch(), false, page.get(size - 1).changeSeq(), upto)));
		}
		else {
			answer.put("@odata.deltaLink", link(new Position(list.id(), list.epoch(), false, upto, -1)));
		}
		return answer;
	}

	private Position valid(GraphList list, String token) {
		Position position = this.tokens.read(token).orElse(null);
		boolean resync = this.faults.takeResync(list.id());
		if (resync || position == null || !position.listId().equals(list.id()) || position.epoch() != list.epoch()) {
			throw GraphApiException.resync(GraphLinks.withParameter("token", null));
		}
		return position;
	}

	private String link(Position position) {
		return GraphLinks.withParameter("token", this.tokens.token(position));
	}

	private GraphList list(String siteId, String listId) {
		Site site = GraphSitesController.find(this.store, siteId);
		return GraphListsController.find(this.store, site, listId);
	}

	private static Optional<Integer> parseId(String itemId) {
		try {
			return Optional.of(Integer.parseInt(itemId));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
