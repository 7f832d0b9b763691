package com.pushstudio.sandbox.powerbi;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import com.pushstudio.web.LargeRequestBody;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import com.pushstudio.sandbox.SandboxPaths;

/**
 * Wires the Power BI API's cross-cutting parts: the {@code RequestId} header on every
 * answer (Power BI sends one; support asks for it), the token/fault interceptor, and
 * Power BI's answer for paths and methods it does not have.
 */
@Configuration(proxyBeanMethods = false)
class SandboxPowerBiWebConfig implements WebMvcConfigurer {

	static final String BASE = SandboxPaths.MAPPING + "/powerbi/v1.0/myorg";

	private final BearerTokens tokens;

	private final SandboxFaults faults;

	private final JsonMapper json;

	private final SandboxPaths paths;

	SandboxPowerBiWebConfig(BearerTokens tokens, SandboxFaults faults, JsonMapper json, SandboxPaths paths) {
		this.tokens = tokens;
		this.faults = faults;
		this.json = json;
		this.paths = paths;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new PowerBiRequestInterceptor(this.tokens, this.faults))
			.addPathPatterns(this.paths.powerBi() + "/**");
	}

	/** First, so that Spring's own answer for unknown routes never reaches the API. */
	@Override
	public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
		resolvers.add(0, new UnknownRoutes(this.json, this.paths.powerBi() + "/"));
	}

	/**
	 * Post Rows bodies reach 16 MB, above the application's small request limit; up to
	 * twice that they get Power BI's own answer from {@link RowIngest}.
	 */
	@Bean
	LargeRequestBody sandboxPostRowsBody(SandboxPowerBiProperties properties) {
		return new LargeRequestBody("POST", api() + "/datasets/{datasetId}/tables/{tableName}/rows",
				DataSize.ofBytes(2 * properties.limits().bytesPerPost().toBytes()));
	}

	@Bean
	LargeRequestBody sandboxGroupPostRowsBody(SandboxPowerBiProperties properties) {
		return new LargeRequestBody("POST", api() + "/groups/{groupId}/datasets/{datasetId}/tables/{tableName}/rows",
				DataSize.ofBytes(2 * properties.limits().bytesPerPost().toBytes()));
	}

	/**
	 * A .pbix import is a multipart body clients often stream without a declared length;
	 * the sandbox only records its size, so 32 MB is plenty for trying it out.
	 */
	@Bean
	LargeRequestBody sandboxImportBody() {
		return new LargeRequestBody("POST", api() + "/imports", DataSize.ofMegabytes(32));
	}

	@Bean
	LargeRequestBody sandboxGroupImportBody() {
		return new LargeRequestBody("POST", api() + "/groups/{groupId}/imports", DataSize.ofMegabytes(32));
	}

	/** Where the API answers, with the prefix this run serves the sandbox under. */
	private String api() {
		return this.paths.powerBi() + "/v1.0/myorg";
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> sandboxPowerBiRequestId() {
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				response.setHeader("RequestId", UUID.randomUUID().toString());
				chain.doFilter(request, response);
			}
		});
		registration.addUrlPatterns(this.paths.powerBi() + "/*");
		return registration;
	}

}
