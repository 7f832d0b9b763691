package com.pushstudio.sandbox.powerbi;

import java.util.UUID;

import com.pushstudio.sandbox.SandboxSigningKey;
import com.pushstudio.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Per test: a fresh user (so nothing leaks between tests), a client and faults reset. */
abstract class SandboxPowerBiTestSupport {

	@LocalServerPort
	int port;

	@Autowired
	SandboxSigningKey signingKey;

	@Autowired
	MutableClock clock;

	@Autowired
	SandboxFaults faults;

	@Autowired
	SandboxTableRows tableRows;

	SandboxTokens tokens;

	String user;

	PowerBiTestClient api;

	@BeforeEach
	void newUser() {
		this.tokens = new SandboxTokens(this.signingKey.privateKey(), this.clock);
		this.user = UUID.randomUUID().toString();
		this.api = new PowerBiTestClient(this.port, this.tokens.forUser(this.user));
	}

	@AfterEach
	void resetFaults() {
		this.faults.reset();
	}

	String groupId(String name) {
		for (var group : this.api.get("/groups").json().path("value")) {
			if (group.path("name").asString().equals(name)) {
				return group.path("id").asString();
			}
		}
		throw new IllegalStateException("No group " + name);
	}

	static String rows(String... rows) {
		return "{\"rows\":[" + String.join(",", rows) + "]}";
	}

}
