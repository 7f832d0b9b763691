package com.pushstudio.sandbox.identity;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * In azure mode the sandbox is gone: {@code /sandbox/**} answers 404, as for any unknown
 * path, rather than a sign-in redirect that would suggest something lives there.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${azure.client-id:}'.trim() != ''")
class SandboxAbsentSecurity {

	@Bean
	@Order(1)
	SecurityFilterChain sandboxAbsent(HttpSecurity http) throws Exception {
		http.securityMatcher("/sandbox/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			// Nothing here changes state: no handler exists to protect.
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

}
