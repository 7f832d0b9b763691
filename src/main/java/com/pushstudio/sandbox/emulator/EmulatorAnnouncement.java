package com.pushstudio.sandbox.emulator;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import com.pushstudio.sandbox.identity.SeededIdentities;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Once the emulator listens, prints the one line of JSON that scripts read to find it
 * (the outside contract's "Standalone emulator" section): its URLs, where its certificate
 * is, and the seeded tenants, clients and users.
 */
class EmulatorAnnouncement implements ApplicationListener<ApplicationReadyEvent> {

	private final SeededIdentities identities;

	private final JsonMapper json;

	EmulatorAnnouncement(SeededIdentities identities, JsonMapper json) {
		this.identities = identities;
		this.json = json;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		System.out.println(this.json.writeValueAsString(line(event.getApplicationContext().getEnvironment())));
		System.out.flush();
	}

	Map<String, Object> line(Environment environment) {
		EmulatorTls tls = Binder.get(environment).bindOrCreate(EmulatorTls.PREFIX, EmulatorTls.class);
		String url = "https://localhost:" + environment.getRequiredProperty("local.server.port");
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("emulator", "listening");
		line.put("url", url);
		line.put("authorityHost", url);
		line.put("powerbiApiUrl", url + "/powerbi");
		line.put("graphApiUrl", url + "/graph");
		line.put("certificatePem", shown(tls.certificate()));
		line.put("truststore", shown(tls.truststore()));
		line.put("tenants", this.identities.tenants());
		line.put("clients", this.identities.clients());
		line.put("users", this.identities.users());
		return line;
	}

	/** As configured, without a leading {@code ./}: relative to the working directory. */
	private static String shown(Path file) {
		return file.normalize().toString();
	}

}
