package com.pushstudio.sandbox.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import com.pushstudio.sandbox.SandboxPaths;

/**
 * Tenant-wide consent ({@code v2.0/adminconsent}): an administrator consents for every
 * user of the organization, after which its users can sign in without AADSTS65001.
 */
@Controller
class AdminConsentController {

	static final String PATH = SandboxPaths.MAPPING + "/{tenant}/v2.0/adminconsent";

	private final DemoDirectory directory;

	private final SandboxClient client;

	private final TenantConsents consents;

	AdminConsentController(DemoDirectory directory, SandboxClient client, TenantConsents consents) {
		this.directory = directory;
		this.client = client;
		this.consents = consents;
	}

	@GetMapping(PATH)
	ModelAndView page(@PathVariable String tenant, @RequestParam Map<String, String> parameters) {
		return page(tenant, check(tenant, parameters), parameters, null);
	}

	@PostMapping(PATH)
	ModelAndView decide(@PathVariable String tenant, @RequestParam Map<String, String> parameters) {
		List<DemoTenant> tenants = check(tenant, parameters);
		Map<String, String> reply = new LinkedHashMap<>();
		if (!"accept".equals(parameters.get("decision"))) {
			reply.put("error", "access_denied");
			reply.put("error_description", "AADSTS65004: User declined to consent to access the app.");
			reply.put("admin_consent", "False");
			reply.put("state", parameters.get("state"));
			return Redirects.to(parameters.get("redirect_uri"), reply);
		}
		Optional<DemoTenant> chosen = Optional.ofNullable(parameters.get("user"))
			.flatMap(this.directory::user)
			.flatMap(this.directory::tenantOf)
			.filter(tenants::contains);
		if (chosen.isEmpty()) {
			return page(tenant, tenants, parameters, "Choose the administrator who consents.");
		}
		this.consents.grant(chosen.get());
		reply.put("admin_consent", "True");
		reply.put("tenant", chosen.get().id());
		reply.put("scope", parameters.get("scope"));
		reply.put("state", parameters.get("state"));
		return Redirects.to(parameters.get("redirect_uri"), reply);
	}

	@ExceptionHandler
	ModelAndView refuseOnPage(PageRefusal refusal) {
		ModelAndView page = new ModelAndView("sandbox/problem", HttpStatus.BAD_REQUEST);
		page.addObject("error", refusal.error());
		page.addObject("code", refusal.code());
		page.addObject("message", refusal.getMessage());
		page.addObject("redirectUris", this.client.redirectUris());
		return page;
	}

	/**
	 * Everything is refused on the page here: the reply carries no error before consent.
	 */
	private List<DemoTenant> check(String tenant, Map<String, String> parameters) {
		List<DemoTenant> tenants = "common".equalsIgnoreCase(tenant) ? List.of() : this.directory.tenantsFor(tenant);
		if (tenants.isEmpty()) {
			throw new PageRefusal("invalid_request", 90002, "Tenant '" + tenant + "' not found. Use a tenant id, "
					+ "domain or 'organizations' for admin consent; 'common' is not supported.");
		}
		if (!this.client.isKnown(parameters.get("client_id"))) {
			throw new PageRefusal("unauthorized_client", 700016,
					"Application with identifier '" + parameters.get("client_id") + "' was not found.");
		}
		if (!StringUtils.hasText(parameters.get("redirect_uri"))
				|| !this.client.isRegistered(parameters.get("redirect_uri"))) {
			throw new PageRefusal("invalid_request", 50011, "The redirect URI '" + parameters.get("redirect_uri")
					+ "' specified in the request does not match the redirect URIs configured for the application.");
		}
		return tenants;
	}

	private ModelAndView page(String tenant, List<DemoTenant> tenants, Map<String, String> parameters, String problem) {
		ModelAndView page = new ModelAndView("sandbox/admin-consent");
		page.addObject("action", Redirects.thisPage());
		page.addObject("tenant", tenant);
		page.addObject("tenants", tenants);
		Map<String, String> fields = new LinkedHashMap<>();
		for (String name : List.of("client_id", "scope", "redirect_uri", "state")) {
			if (parameters.get(name) != null) {
				fields.put(name, parameters.get(name));
			}
		}
		page.addObject("fields", fields);
		page.addObject("permissions", Permissions.REGISTERED.stream().map(Permissions::describe).toList());
		page.addObject("problem", problem);
		return page;
	}

}
