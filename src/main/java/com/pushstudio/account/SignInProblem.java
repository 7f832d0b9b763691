package com.pushstudio.account;

import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.web.client.ResourceAccessException;

/**
 * Why a sign-in failed, in terms a person can act on. Built from the OAuth error code,
 * the AADSTS code Azure AD puts at the start of its description, and the cause; the
 * description itself is shown only as a reference code.
 */
record SignInProblem(Kind kind, String errorCode, String aadstsCode) implements Serializable {

	private static final Pattern AADSTS = Pattern.compile("AADSTS(\\d+)");

	enum Kind {

		/** The user pressed Cancel or declined the permissions. */
		DECLINED,
		/**
		 * The tenant requires an administrator to consent first (AADSTS65001,
		 * consent_required).
		 */
		ADMIN_CONSENT_REQUIRED,
		/**
		 * The app registration is wrong: client id, secret or tenant (invalid_client,
		 * AADSTS700016).
		 */
		APP_MISCONFIGURED,
		/** Multi-factor authentication or another interactive step is required. */
		INTERACTION_REQUIRED,
		/** Azure AD (or the sandbox) could not be reached. */
		AUTHORITY_UNREACHABLE,
		/** The sign-in took too long or was started in another window. */
		EXPIRED,
		/** Anything else. */
		OTHER

	}

	static SignInProblem of(AuthenticationException exception) {
		if (causedByUnreachableHost(exception)) {
			return new SignInProblem(Kind.AUTHORITY_UNREACHABLE, "temporarily_unavailable", null);
		}
		OAuth2Error error = (exception instanceof OAuth2AuthenticationException oauth) ? oauth.getError() : null;
		String code = (error != null) ? error.getErrorCode() : "unknown_error";
		String aadsts = aadstsCode((error != null) ? error.getDescription() : null);
		return new SignInProblem(kindOf(code, aadsts), code, aadsts);
	}

	private static Kind kindOf(String code, String aadsts) {
		if ("65001".equals(aadsts) || "consent_required".equals(code)) {
			return Kind.ADMIN_CONSENT_REQUIRED;
		}
		if ("access_denied".equals(code) || "65004".equals(aadsts)) {
			return Kind.DECLINED;
		}
		if ("invalid_client".equals(code) || "unauthorized_client".equals(code) || "700016".equals(aadsts)
				|| "7000215".equals(aadsts) || "7000222".equals(aadsts)) {
			return Kind.APP_MISCONFIGURED;
		}
		if ("interaction_required".equals(code) || "login_required".equals(code) || "50076".equals(aadsts)
				|| "50079".equals(aadsts)) {
			return Kind.INTERACTION_REQUIRED;
		}
		if ("authorization_request_not_found".equals(code) || "invalid_state_parameter".equals(code)) {
			return Kind.EXPIRED;
		}
		if ("temporarily_unavailable".equals(code) || "server_error".equals(code)) {
			return Kind.AUTHORITY_UNREACHABLE;
		}
		return Kind.OTHER;
	}

	private static String aadstsCode(String description) {
		if (description == null) {
			return null;
		}
		Matcher matcher = AADSTS.matcher(description);
		return matcher.find() ? matcher.group(1) : null;
	}

	private static boolean causedByUnreachableHost(Throwable exception) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			if (cause instanceof ResourceAccessException || cause instanceof IOException) {
				return true;
			}
		}
		return false;
	}

	public String messageKey() {
		return "signin.problem." + this.kind.name().toLowerCase(Locale.ROOT);
	}

}
