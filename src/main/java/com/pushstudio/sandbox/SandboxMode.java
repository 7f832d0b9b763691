package com.pushstudio.sandbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * The sandbox's one gate ({@link SandboxModeCondition}): on {@link SandboxConfiguration},
 * which registers every sandbox bean, and on the sandbox's Spring Data repositories,
 * which Spring Data finds from Boot's auto-configuration packages rather than from that
 * configuration's scan.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(SandboxModeCondition.class)
public @interface SandboxMode {

}
