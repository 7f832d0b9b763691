package com.pushstudio.sandbox.graph;

import com.pushstudio.sandbox.SandboxPaths;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the token and fault checks in front of the Graph API, not its page. */
@Configuration(proxyBeanMethods = false)
class GraphWebConfig implements WebMvcConfigurer {

	static final String BASE = SandboxPaths.MAPPING + "/graph/v1.0";

	private final GraphTokens tokens;

	private final GraphFaults faults;

	private final SandboxPaths paths;

	GraphWebConfig(GraphTokens tokens, GraphFaults faults, SandboxPaths paths) {
		this.tokens = tokens;
		this.faults = faults;
		this.paths = paths;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new GraphRequestInterceptor(this.tokens, this.faults))
			.addPathPatterns(this.paths.graph() + "/v1.0/**");
	}

}
