package com.pushstudio.sandbox.graph;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.pushstudio.sandbox.graph.GraphModel.Site;
import com.pushstudio.sandbox.graph.ListShapes.Variant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The demo SharePoint data, made once on the first start: a "Projects" site with 36
 * project lists of the same shape (100 items each), a few odd lists (one without Hours,
 * one with Hours as text, an empty one, a document library), the "Clients" list they look
 * up and the hidden "User Information List" of their owners; and a smaller "Sales" site.
 */
@Component
class GraphSeeds implements ApplicationRunner {

	static final int PROJECT_LISTS = 36;

	static final int ITEMS_PER_LIST = 100;

	private static final List<String> PEOPLE = List.of("Ada Lovelace", "Grace Hopper", "Alan Turing",
			"Katherine Johnson", "Edsger Dijkstra", "Barbara Liskov", "Donald Knuth", "Margaret Hamilton");

	private static final List<String> CLIENTS = List.of("Northwind Traders", "Fabrikam", "Adventure Works",
			"Tailspin Toys", "Wide World Importers", "Litware", "Proseware", "Woodgrove Bank", "Alpine Ski House",
			"Coho Winery", "Fourth Coffee", "Margie's Travel");

	private static final Logger logger = LoggerFactory.getLogger(GraphSeeds.class);

	private final GraphStore store;

	private final ProjectLists lists;

	private final SandboxGraphProperties properties;

	private final GraphClock clock;

	GraphSeeds(GraphStore store, ProjectLists lists, SandboxGraphProperties properties, GraphClock clock) {
		this.store = store;
		this.lists = lists;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.store.anySite()) {
			return;
		}
		long started = System.nanoTime();
		seed();
		logger.info("Seeded the sandbox's SharePoint sites in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	private void seed() {
		Site projects = site("/sites/projects", "projects", "Projects", ZoneId.of("Europe/Berlin"));
		try {
			this.store.addSite(projects);
		}
		catch (DuplicateKeyException ex) {
			// Another instance on the same database seeds it.
			return;
		}
		directory(projects, PEOPLE, CLIENTS);
		for (int n = 1; n <= PROJECT_LISTS; n++) {
			this.lists.project(projects, "Project %02d".formatted(n), Variant.PROJECT, ITEMS_PER_LIST, n);
		}
		this.lists.project(projects, "Project Legacy", Variant.WITHOUT_HOURS, 40, 101);
		this.lists.project(projects, "Project Hours As Text", Variant.HOURS_AS_TEXT, 40, 102);
		this.lists.project(projects, "Project Empty", Variant.PROJECT, 0, 103);
		this.lists.plain(projects, "Documents", "documentLibrary", false, ListShapes.titleOnly("documents"), List.of(),
				104);

		// A path with a space, as team sites often have: clients must encode it.
		Site sales = site("/sites/Sales Team", "Sales Team", "Sales", ZoneId.of("America/New_York"));
		this.store.addSite(sales);
		directory(sales, PEOPLE.subList(0, 4), CLIENTS.subList(0, 5));
		this.lists.project(sales, "Pipeline North", Variant.PROJECT, 25, 201);
		this.lists.project(sales, "Pipeline South", Variant.PROJECT, 25, 202);
	}

	private void directory(Site site, List<String> people, List<String> clients) {
		List<Map<String, Object>> users = new ArrayList<>();
		for (String person : people) {
			Map<String, Object> fields = new LinkedHashMap<>();
			fields.put("Title", person);
			fields.put("EMail", person.toLowerCase().replaceAll("[^a-z]+", ".") + "@contoso.example");
			users.add(fields);
		}
		this.lists.plain(site, ProjectLists.PEOPLE, "userInformation", true, ListShapes.people(site.id() + "/people"),
				users, 1001);
		this.lists.plain(site, ProjectLists.CLIENTS, "genericList", false, ListShapes.titleOnly(site.id() + "/clients"),
				clients.stream().map((client) -> Map.<String, Object>of("Title", client)).toList(), 1002);
	}

	private Site site(String path, String name, String displayName, ZoneId zone) {
		String hostname = this.properties.hostname();
		String id = hostname + "," + UUID.nameUUIDFromBytes((hostname + path).getBytes()) + ","
				+ UUID.nameUUIDFromBytes((hostname + path + "/web").getBytes());
		return new Site(id, hostname, path, name, displayName, zone, this.clock.clock().instant());
	}

}
