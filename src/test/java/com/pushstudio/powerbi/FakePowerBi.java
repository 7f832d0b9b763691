package com.pushstudio.powerbi;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on 127.0.0.1 that answers each request with the next scripted Power
 * BI answer and records what it was sent.
 */
final class FakePowerBi implements AutoCloseable {

	private final HttpServer server;

	private final Queue<Answer> script = new ConcurrentLinkedQueue<>();

	private final List<Recorded> requests = new CopyOnWriteArrayList<>();

	private FakePowerBi(HttpServer server) {
		this.server = server;
		server.createContext("/", this::handle);
		server.start();
	}

	static FakePowerBi start() {
		try {
			return new FakePowerBi(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	FakePowerBi answer(int status, String body) {
		return answer(status, Map.of(), body);
	}

	FakePowerBi answer(int status, Map<String, String> headers, String body) {
		this.script.add(new Answer(status, headers, body, false));
		return this;
	}

	/** Sends a 200 with part of its body, then drops the connection. */
	FakePowerBi dropMidAnswer() {
		this.script.add(new Answer(200, Map.of(), "{\"value\":[{\"id\":", true));
		return this;
	}

	List<Recorded> requests() {
		return this.requests;
	}

	Recorded onlyRequest() {
		if (this.requests.size() != 1) {
			throw new AssertionError("Expected one request, got " + this.requests);
		}
		return this.requests.get(0);
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private void handle(HttpExchange exchange) throws IOException {
		byte[] body = exchange.getRequestBody().readAllBytes();
		this.requests.add(new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
				exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders().getFirst("Authorization"),
				new String(body, StandardCharsets.UTF_8)));
		Answer answer = this.script.poll();
		if (answer == null) {
			answer = new Answer(418, Map.of(), "{\"error\":{\"code\":\"Unscripted\"}}", false);
		}
		byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
		answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
		exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
		if (answer.drop()) {
			exchange.sendResponseHeaders(answer.status(), bytes.length + 100);
			OutputStream out = exchange.getResponseBody();
			out.write(bytes);
			out.flush();
			// Closing short of the announced length makes the server drop the connection.
			exchange.close();
			return;
		}
		exchange.sendResponseHeaders(answer.status(), (bytes.length > 0) ? bytes.length : -1);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	record Recorded(String method, String rawPath, String rawQuery, String authorization, String body) {

	}

	private record Answer(int status, Map<String, String> headers, String body, boolean drop) {

	}

}
