package com.pushstudio.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Launches the {@link Browser} of a {@link BrowserTest} class once the application has
 * started, so it knows the random port. The browser lives in the class's store: JUnit
 * closes it, as it does every {@link AutoCloseable} there, when the class is done. Each
 * test's windows are closed after it, their traces dropped; if it failed, they are
 * pictured first, their traces kept under target/playwright-traces, and the application's
 * threads written down beside the pictures.
 */
class BrowserExtension
		implements BeforeAllCallback, ParameterResolver, TestExecutionExceptionHandler, AfterEachCallback {

	private static final Namespace NAMESPACE = Namespace.create(BrowserExtension.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		String port = SpringExtension.getApplicationContext(context)
			.getEnvironment()
			.getRequiredProperty("local.server.port");
		context.getStore(NAMESPACE).put(Browser.class, Browser.launch("http://localhost:" + port));
	}

	/**
	 * Pictures of the open pages under target/screenshots, then the failure as it was.
	 */
	@Override
	public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
		String name = context.getRequiredTestMethod().getName();
		try {
			browser(context).screenshotOpenPages(name);
			browser(context).saveTraces(name);
			writeServerThreads(name);
		}
		catch (RuntimeException | IOException ex) {
			failure.addSuppressed(ex);
		}
		throw failure;
	}

	/**
	 * What the application's threads were doing when a page waited in vain: a request
	 * still being served shows here, not in the picture.
	 */
	private static void writeServerThreads(String name) throws IOException {
		StringBuilder dump = new StringBuilder();
		Thread.getAllStackTraces().forEach((thread, stack) -> {
			dump.append('"').append(thread.getName()).append("\" ").append(thread.getState()).append('\n');
			for (StackTraceElement frame : stack) {
				dump.append("\tat ").append(frame).append('\n');
			}
			dump.append('\n');
		});
		Path file = Browser.SCREENSHOTS.resolve("failed-" + name + "-threads.txt");
		Files.createDirectories(Browser.SCREENSHOTS);
		Files.writeString(file, dump);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		browser(context).closePages();
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return browser(context);
	}

	private static Browser browser(ExtensionContext context) {
		return context.getStore(NAMESPACE).get(Browser.class, Browser.class);
	}

}
