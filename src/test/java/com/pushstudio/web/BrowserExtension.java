package com.pushstudio.web;

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
 * test's windows are closed after it, and pictured first if it failed.
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
		try {
			browser(context).screenshotOpenPages(context.getRequiredTestMethod().getName());
		}
		catch (RuntimeException ex) {
			failure.addSuppressed(ex);
		}
		throw failure;
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
