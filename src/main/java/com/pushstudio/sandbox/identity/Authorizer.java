package com.pushstudio.sandbox.identity;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * Checks authorize requests in Azure AD's order: first what decides whether the redirect
 * URI can be trusted (tenant, client, reply URL; refused on the page), then the rest
 * (answered at the redirect URI). Issues the code once a user has consented.
 */
@Service
class Authorizer {

	private static final Set<String> PKCE_METHODS = Set.of("S256", "plain");

	private final DemoDirectory directory;

	private final SandboxClient client;

	private final Resources resources;

	private final AuthorizationCodes codes;

	private final TenantConsents consents;

	Authorizer(DemoDirectory directory, SandboxClient client, Resources resources, AuthorizationCodes codes,
			TenantConsents consents) {
		this.directory = directory;
		this.client = client;
		this.resources = resources;
		this.codes = codes;
		this.consents = consents;
	}

	/** The tenants whose users may sign in here and the scopes asked for. */
	record Checked(List<DemoTenant> tenants, ScopeSet scopes) {
	}

	Checked check(String tenantSegment, AuthorizeRequest request) {
		List<DemoTenant> tenants = this.directory.tenantsFor(tenantSegment);
		if (tenants.isEmpty()) {
			throw new PageRefusal("invalid_request", 90002, "Tenant '" + tenantSegment + "' not found. Check to make "
					+ "sure you have the correct tenant ID and are signing into the correct cloud.");
		}
		if (!StringUtils.hasText(request.clientId())) {
			throw new PageRefusal("invalid_request", 900144,
					"The request body must contain the following parameter: 'client_id'.");
		}
		if (!this.client.isKnown(request.clientId())) {
			throw new PageRefusal("unauthorized_client", 700016, "Application with identifier '" + request.clientId()
					+ "' was not found in the directory '" + tenantSegment + "'.");
		}
		if (!StringUtils.hasText(request.redirectUri()) || !this.client.isRegistered(request.redirectUri())) {
			throw new PageRefusal("invalid_request", 50011, "The redirect URI '" + request.redirectUri()
					+ "' specified in the request does not match the redirect URIs configured for the application '"
					+ request.clientId() + "'.");
		}
		if (!"code".equals(request.responseType())) {
			throw AadException.badRequest("unsupported_response_type", 700054,
					"response_type '" + request.responseType() + "' is not enabled for the application.");
		}
		if (StringUtils.hasText(request.responseMode()) && !Redirects.RESPONSE_MODES.contains(request.responseMode())) {
			throw AadException.invalidRequest(9002313, "Invalid request. The sandbox answers with response_mode "
					+ "'query' or 'form_post' only, not '" + request.responseMode() + "'.");
		}
		if (!StringUtils.hasText(request.scope())) {
			throw AadException.missing("scope");
		}
		checkPkce(request);
		if ("none".equals(request.prompt())) {
			throw AadException.badRequest("login_required", 50058,
					"A silent sign-in request was sent but no user is signed in.");
		}
		return new Checked(tenants, ScopeSet.parse(request.scope(), this.resources).delegated(this.resources));
	}

	/**
	 * The code for a user who consented, or AADSTS65001 when the user's tenant allows
	 * only its administrator to consent.
	 */
	String consent(Checked checked, DemoUser user, AuthorizeRequest request) {
		DemoTenant tenant = checked.tenants()
			.stream()
			.filter((candidate) -> candidate.users().contains(user))
			.findFirst()
			.orElseThrow(() -> AadException.invalidRequest(50020, "User account '" + user.username()
					+ "' from identity provider does not exist in the tenant of this request."));
		if (!this.consents.allows(tenant)) {
			throw AadException.badRequest("consent_required", 65001,
					"The user or administrator has not consented " + "to use the application with ID '"
							+ request.clientId() + "'. Send an interactive "
							+ "authorization request for this user and resource. An administrator of "
							+ tenant.displayName() + " must consent for the organization first.");
		}
		String method = StringUtils.hasText(request.codeChallenge())
				? (StringUtils.hasText(request.codeChallengeMethod()) ? request.codeChallengeMethod() : "plain") : null;
		return this.codes.issue(new CodeGrant(tenant.id(), user.objectId(), request.clientId(), request.redirectUri(),
				checked.scopes().value(), request.nonce(), request.codeChallenge(), method, this.codes.expiry()));
	}

	private static void checkPkce(AuthorizeRequest request) {
		String method = request.codeChallengeMethod();
		if (StringUtils.hasText(method) && !PKCE_METHODS.contains(method)) {
			throw AadException.invalidRequest(501491,
					"Invalid code_challenge_method '" + method + "': use S256 or plain.");
		}
		if (StringUtils.hasText(method) && !StringUtils.hasText(request.codeChallenge())) {
			throw AadException.missing("code_challenge");
		}
	}

}
