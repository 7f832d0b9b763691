package com.pushstudio.sandbox.identity;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import com.pushstudio.sandbox.SandboxPaths;

/**
 * The sandbox is open to anyone (it stands in for a public identity provider), ahead of
 * the application's own chain. The consent form keeps CSRF protection, in a cookie of its
 * own so that the sandbox never touches the application's session; the token endpoint and
 * the Power BI API are called by programs with credentials instead.
 */
@Configuration(proxyBeanMethods = false)
class SandboxIdentitySecurity {

	@Bean
	@Order(1)
	SecurityFilterChain sandbox(HttpSecurity http, SandboxClient client, SandboxPaths paths) throws Exception {
		CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
		csrfTokens.setCookieName("SANDBOX-XSRF-TOKEN");
		csrfTokens.setCookiePath(paths.prefix().isEmpty() ? "/" : paths.prefix());
		http.securityMatcher(paths.all())
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens)
				.ignoringRequestMatchers(paths.prefix() + "/*/oauth2/v2.0/token", paths.powerBi() + "/**"))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.headers((headers) -> headers.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.addHeaderWriter((request, response) -> contentSecurityPolicy(response, client)));
		return http.build();
	}

	/**
	 * As strict as the application's, except that the consent form may end at a
	 * registered reply URL: browsers apply form-action to the redirect after the post.
	 */
	private static void contentSecurityPolicy(HttpServletResponse response, SandboxClient client) {
		String replyOrigins = String.join(" ", client.redirectOrigins());
		response.setHeader("Content-Security-Policy",
				"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
						+ "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self' " + replyOrigins
						+ "; frame-ancestors 'none'");
	}

}
