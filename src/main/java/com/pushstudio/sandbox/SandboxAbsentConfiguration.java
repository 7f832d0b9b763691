package com.pushstudio.sandbox;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * In azure mode the sandbox is gone: {@code /sandbox/**} answers 404, as for any unknown
 * path, rather than a sign-in redirect that would suggest something lives there. (Its
 * entities are left out of the persistence unit by {@link SandboxEntities}.)
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SandboxAbsentConfiguration.Absent.class)
class SandboxAbsentConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain sandboxAbsent(HttpSecurity http) throws Exception {
		http.securityMatcher(SandboxPaths.DEFAULT + "/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			// Nothing here changes state: no handler exists to protect.
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	static class Absent implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !new SandboxModeCondition().matches(context, metadata);
		}

	}

}
