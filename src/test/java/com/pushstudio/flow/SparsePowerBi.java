package com.pushstudio.flow;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A Power BI that answers as sparsely as its documentation allows: each route gives the
 * least JSON a client may meet (only ids, no names, no flags, empty objects in lists). A
 * real HTTP server on 127.0.0.1; routes are {@code "GET /datasets"} under
 * {@code /v1.0/myorg}, and anything else is a 404 with an empty body.
 */
final class SparsePowerBi implements AutoCloseable {

	private static final String BASE = "/v1.0/myorg";

	private final HttpServer server;

	private final Map<String, String> answers = new ConcurrentHashMap<>();

	private SparsePowerBi(HttpServer server) {
		this.server = server;
		server.createContext("/", this::handle);
		server.start();
	}

	static SparsePowerBi start() {
		try {
			return new SparsePowerBi(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/**
	 * Answers {@code method path} (path under {@code /v1.0/myorg}) with 200 and the body.
	 */
	SparsePowerBi answer(String route, String body) {
		this.answers.put(route, body);
		return this;
	}

	private void handle(HttpExchange exchange) throws IOException {
		exchange.getRequestBody().readAllBytes();
		String path = exchange.getRequestURI().getPath();
		String route = exchange.getRequestMethod() + " "
				+ (path.startsWith(BASE) ? path.substring(BASE.length()) : path);
		String body = this.answers.get(route);
		byte[] bytes = (body != null) ? body.getBytes(StandardCharsets.UTF_8) : new byte[0];
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders((body != null) ? 200 : 404, (bytes.length > 0) ? bytes.length : -1);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
