package com.pushstudio.sandbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Marks the sandbox's Spring Data repositories: Spring Data finds them from Boot's
 * auto-configuration packages, not from {@link SandboxConfiguration}'s scan, so they ask
 * whether that configuration is in the context (and with it the sandbox's entities and
 * tables), rather than the run mode: a {@code @DataJpaTest} slice has the run mode but
 * not the sandbox.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(SandboxRepository.WithTheSandbox.class)
public @interface SandboxRepository {

	/**
	 * Repositories are registered after every configuration class, so the sandbox's is
	 * known by then when it is there at all.
	 */
	class WithTheSandbox implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return context.getBeanFactory() != null
					&& context.getBeanFactory().getBeanNamesForType(SandboxConfiguration.class, true, false).length > 0;
		}

	}

}
