package com.pushstudio.sandbox.graph;

import java.util.List;

import tools.jackson.databind.JsonNode;

import com.pushstudio.sandbox.SandboxSigningKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Per test: a Graph client with a fresh user's token, and the faults reset. */
abstract class SandboxGraphTestSupport {

	@LocalServerPort
	int port;

	@Autowired
	SandboxSigningKey signingKey;

	@Autowired
	GraphFaults faults;

	GraphTestClient graph;

	@BeforeEach
	void newClient() {
		this.graph = new GraphTestClient("http://localhost:" + this.port + "/sandbox/graph",
				GraphTestClient.token(this.signingKey.privateKey(), GraphTestClient.GRAPH, "Sites.Read.All"));
	}

	@AfterEach
	void resetFaults() {
		this.faults.reset();
	}

	String projectsSiteId() {
		var site = this.graph.get("/sites/contoso.sharepoint.com:/sites/projects");
		assertThat(site.status()).isEqualTo(200);
		return site.json().path("id").asString();
	}

	/** Every list of a site, following nextLinks. */
	List<JsonNode> lists(String siteId) {
		List<JsonNode> lists = new java.util.ArrayList<>();
		var page = this.graph.get("/sites/" + siteId + "/lists");
		while (true) {
			assertThat(page.status()).isEqualTo(200);
			lists.addAll(page.value());
			String next = page.json().path("@odata.nextLink").asString(null);
			if (next == null) {
				return lists;
			}
			page = this.graph.get(next);
		}
	}

	String listId(String siteId, String title) {
		var list = this.graph.get("/sites/" + siteId + "/lists/" + title.replace(" ", "%20"));
		assertThat(list.status()).as(title).isEqualTo(200);
		return list.json().path("id").asString();
	}

}
