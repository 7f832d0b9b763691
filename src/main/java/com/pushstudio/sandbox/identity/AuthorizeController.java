package com.pushstudio.sandbox.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import com.pushstudio.sandbox.SandboxPaths;

/**
 * The sign-in and consent page of the sandbox: pick a demo user, accept or cancel the
 * permissions, and go back to the application with a code or an error, as from Azure AD.
 */
@Controller
class AuthorizeController {

	static final String PATH = SandboxPaths.MAPPING + "/{tenant}/oauth2/v2.0/authorize";

	private final Authorizer authorizer;

	private final DemoDirectory directory;

	private final SandboxClient client;

	AuthorizeController(Authorizer authorizer, DemoDirectory directory, SandboxClient client) {
		this.authorizer = authorizer;
		this.directory = directory;
		this.client = client;
	}

	@GetMapping(PATH)
	ModelAndView page(@PathVariable String tenant, @RequestParam Map<String, String> parameters) {
		AuthorizeRequest request = AuthorizeRequest.from(parameters);
		return consentPage(tenant, request, this.authorizer.check(tenant, request), null);
	}

	@PostMapping(PATH)
	ModelAndView decide(@PathVariable String tenant, @RequestParam Map<String, String> parameters) {
		AuthorizeRequest request = AuthorizeRequest.from(parameters);
		Authorizer.Checked checked = this.authorizer.check(tenant, request);
		if (!"accept".equals(parameters.get("decision"))) {
			return Redirects.reply(request.responseMode(), request.redirectUri(), errorReply(
					AadException.badRequest("access_denied", 65004, "User declined to consent to access the app."),
					request.state()));
		}
		Optional<DemoUser> user = Optional.ofNullable(parameters.get("user")).flatMap(this.directory::user);
		if (user.isEmpty()) {
			return consentPage(tenant, request, checked, "Choose the demo user to sign in as.");
		}
		String code = this.authorizer.consent(checked, user.get(), request);
		Map<String, String> reply = new LinkedHashMap<>();
		reply.put("code", code);
		reply.put("state", request.state());
		return Redirects.reply(request.responseMode(), request.redirectUri(), reply);
	}

	/** Client or reply URL not trusted: say so here, never redirect (as Azure AD). */
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
	 * An error answered at the redirect URI only when that URI is registered: every such
	 * error comes after the check today, but a future one must not turn the sandbox into
	 * an open redirector.
	 */
	@ExceptionHandler
	ModelAndView replyWithError(AadException failure, HttpServletRequest request) {
		String redirectUri = request.getParameter("redirect_uri");
		if (redirectUri == null || !this.client.isRegistered(redirectUri)) {
			return refuseOnPage(new PageRefusal("invalid_request", 50011, "The redirect URI '" + redirectUri
					+ "' specified in the request does not match the redirect URIs configured for the application."));
		}
		return Redirects.reply(request.getParameter("response_mode"), redirectUri,
				errorReply(failure, request.getParameter("state")));
	}

	private ModelAndView consentPage(String tenant, AuthorizeRequest request, Authorizer.Checked checked,
			String problem) {
		ModelAndView page = new ModelAndView("sandbox/authorize");
		page.addObject("action", Redirects.thisPage());
		page.addObject("tenant", tenant);
		page.addObject("tenants", checked.tenants());
		page.addObject("fields", request.asParameters());
		page.addObject("permissions", describe(checked.scopes()));
		page.addObject("problem", problem);
		return page;
	}

	private static List<String> describe(ScopeSet scopes) {
		return java.util.stream.Stream
			.concat(scopes.permissions().stream(), Permissions.OPENID.keySet().stream().filter(scopes::has))
			.map(Permissions::describe)
			.toList();
	}

	private static Map<String, String> errorReply(AadException failure, String state) {
		Map<String, String> reply = new LinkedHashMap<>();
		reply.put("error", failure.error());
		reply.put("error_description", failure.description());
		reply.put("state", state);
		return reply;
	}

}
