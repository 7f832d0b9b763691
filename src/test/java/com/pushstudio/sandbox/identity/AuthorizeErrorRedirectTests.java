package com.pushstudio.sandbox.identity;

import java.time.Duration;
import java.util.List;

import com.pushstudio.sandbox.SandboxPaths;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorize endpoint answers an error at the redirect URI only when that URI is the
 * client's: anything else is said on the sandbox's own page, as Azure AD does.
 */
class AuthorizeErrorRedirectTests {

	private final SandboxClient client = new SandboxClient(
			new SandboxProperties("client", "secret", "public-client", null,
					List.of("http://localhost:{port}/login/oauth2/code/azure"), Duration.ofHours(1),
					Duration.ofDays(90), Duration.ofMinutes(10), "sandbox-demo"),
			new MockEnvironment().withProperty("local.server.port", "8080"), new SandboxPaths("/sandbox"));

	private final AuthorizeController controller = new AuthorizeController(null, null, this.client);

	@Test
	void anErrorGoesToARegisteredRedirectUri() {
		ModelAndView answer = this.controller.replyWithError(AadException.missing("scope"),
				request("http://localhost:8080/login/oauth2/code/azure"));

		assertThat(answer.getView()).isInstanceOfSatisfying(RedirectView.class,
				(redirect) -> assertThat(redirect.getUrl())
					.startsWith("http://localhost:8080/login/oauth2/code/azure?error="));
	}

	@Test
	void anErrorForAnUnregisteredRedirectUriIsShownOnThePageInstead() {
		ModelAndView answer = this.controller.replyWithError(AadException.missing("scope"),
				request("https://evil.example/steal"));

		assertThat(answer.getView()).isNull();
		assertThat(answer.getViewName()).isEqualTo("sandbox/problem");
		assertThat(answer.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(answer.getModel().get("code")).isEqualTo(50011);
	}

	private static MockHttpServletRequest request(String redirectUri) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET",
				"/sandbox/organizations/oauth2/v2.0/authorize");
		request.setParameter("redirect_uri", redirectUri);
		request.setParameter("state", "s");
		return request;
	}

}
