package com.pushstudio.web;

import java.util.List;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * The application's pages: everything but the public ones needs a signed-in user, who
 * signs in through Azure AD (or the sandbox) with registration {@code azure}. The sandbox
 * brings its own chain for {@code /sandbox/**}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	/**
	 * Only this application's own scripts and styles; the sign-in redirect is a link, not
	 * a form post, so form actions can stay on this origin too.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * Before every security chain, the sandbox's too: a body is bounded whoever sends it.
	 */
	@Bean
	FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(RequestLimitProperties limits,
			List<LargeRequestBody> large) {
		var registration = new FilterRegistrationBean<>(new RequestBodyLimitFilter(limits.maxRequestSize(), large));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	@Order(10)
	SecurityFilterChain pages(HttpSecurity http, AuthenticationFailureHandler signInFailureHandler,
			OAuth2AuthorizationRequestResolver authorizationRequestResolver,
			OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> tokenResponseClient,
			MetricsProperties metrics) throws Exception {
		List<IpAddressMatcher> scrapers = metrics.scrapers().stream().map(IpAddressMatcher::new).toList();
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/", "/signin/**", "/error", "/webjars/**", "/css/**", "/images/**", "/js/**",
					"/favicon.ico", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/actuator/prometheus")
			.access((authentication, context) -> fromScraper(scrapers, context))
			.anyRequest()
			.authenticated())
			.oauth2Login((login) -> login.loginPage("/")
				.authorizationEndpoint(
						(endpoint) -> endpoint.authorizationRequestResolver(authorizationRequestResolver))
				.tokenEndpoint((endpoint) -> endpoint.accessTokenResponseClient(tokenResponseClient))
				.failureHandler(signInFailureHandler))
			// The SharePoint consent: its reply is redeemed with PKCE by the same client
			// as
			// sign-in's and stored for the signed-in user through the encrypted store.
			.oauth2Client((client) -> client
				.authorizationCodeGrant((grant) -> grant.authorizationRequestResolver(authorizationRequestResolver)
					.accessTokenResponseClient(tokenResponseClient)))
			.addFilterBefore(new SignedInBodiesFilter(), CsrfFilter.class)
			.logout((logout) -> logout.logoutSuccessUrl("/?signedOut"))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	private static AuthorizationDecision fromScraper(List<IpAddressMatcher> scrapers,
			RequestAuthorizationContext context) {
		String address = context.getRequest().getRemoteAddr();
		return new AuthorizationDecision(scrapers.stream().anyMatch((scraper) -> scraper.matches(address)));
	}

}
