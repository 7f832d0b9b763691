package com.pushstudio.sandbox;

import com.pushstudio.account.RunMode;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The sandbox runs in the application's sandbox mode (the application's own
 * {@link RunMode} decides it) and always in the standalone emulator, whatever
 * {@code AZURE_*} settings its shell happens to carry.
 */
class SandboxModeCondition implements Condition {

	static final String EMULATOR = "push-studio.emulator.enabled";

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return context.getEnvironment().getProperty(EMULATOR, Boolean.class, false)
				|| RunMode.of(context.getEnvironment().getProperty("azure.client-id")) == RunMode.SANDBOX;
	}

}
