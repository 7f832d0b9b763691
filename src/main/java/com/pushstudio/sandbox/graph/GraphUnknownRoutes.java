package com.pushstudio.sandbox.graph;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Paths under the Graph API the sandbox does not serve get Graph's error JSON (400, as
 * "Microsoft Graph error responses and resource types" lists for a request it cannot
 * process), never Spring's error page.
 */
@RestController
class GraphUnknownRoutes {

	@RequestMapping(GraphWebConfig.BASE + "/**")
	void unknown() {
		throw GraphApiException.invalidRequest("The sandbox does not serve this resource or method.");
	}

}
