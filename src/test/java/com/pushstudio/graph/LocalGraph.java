package com.pushstudio.graph;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small HTTP server that answers scripted Graph answers by path and query, and records
 * every request it received (with when it arrived), so tests see what really went over
 * the wire.
 */
final class LocalGraph implements AutoCloseable {

	record Received(String method, String pathAndQuery, String authorization, long nanos) {
	}

	record Answer(int status, Map<String, String> headers, String body) {

		static Answer json(String body) {
			return new Answer(200, Map.of(), body);
		}

		static Answer status(int status, Map<String, String> headers, String body) {
			return new Answer(status, headers, body);
		}

	}

	private final HttpServer server;

	private final Map<String, Deque<Answer>> script = new LinkedHashMap<>();

	private final List<Received> received = new CopyOnWriteArrayList<>();

	LocalGraph() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	/** The base a client is configured with: {@code http://localhost:{port}/graph}. */
	String apiUrl() {
		return "http://localhost:" + this.server.getAddress().getPort() + "/graph";
	}

	/** Answers a request for this raw path and query, in turn; the last one repeats. */
	synchronized LocalGraph on(String pathAndQuery, Answer... answers) {
		this.script.computeIfAbsent(pathAndQuery, (key) -> new ArrayDeque<>()).addAll(List.of(answers));
		return this;
	}

	List<Received> received() {
		return List.copyOf(this.received);
	}

	private void handle(HttpExchange exchange) throws IOException {
		String pathAndQuery = exchange.getRequestURI().getRawPath() + ((exchange.getRequestURI().getRawQuery() != null)
				? "?" + exchange.getRequestURI().getRawQuery() : "");
		this.received.add(new Received(exchange.getRequestMethod(), pathAndQuery,
				exchange.getRequestHeaders().getFirst("Authorization"), System.nanoTime()));
		Answer answer = next(pathAndQuery);
		byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.getResponseHeaders().add("request-id", "req-" + this.received.size());
		answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
		exchange.sendResponseHeaders(answer.status(), (body.length == 0) ? -1 : body.length);
		if (body.length > 0) {
			exchange.getResponseBody().write(body);
		}
		exchange.close();
	}

	private synchronized Answer next(String pathAndQuery) {
		Deque<Answer> answers = this.script.get(pathAndQuery);
		if (answers == null || answers.isEmpty()) {
			return Answer.status(404, Map.of(),
					"{\"error\":{\"code\":\"itemNotFound\",\"message\":\"Nothing scripted at " + pathAndQuery + "\"}}");
		}
		return (answers.size() > 1) ? answers.poll() : answers.peek();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
