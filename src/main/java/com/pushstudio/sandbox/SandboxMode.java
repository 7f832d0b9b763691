package com.pushstudio.sandbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * Marks beans that exist only in sandbox mode ({@code AZURE_CLIENT_ID} not set). In azure
 * mode none of the sandbox's endpoints answer.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(SandboxModeCondition.class)
public @interface SandboxMode {

}
