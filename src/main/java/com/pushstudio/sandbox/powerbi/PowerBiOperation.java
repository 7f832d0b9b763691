package com.pushstudio.sandbox.powerbi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler as a Power BI API operation: the token must carry one of {@code scopes}
 * (the "Required Scope" of the swagger), and faults apply per
 * {@link SandboxFaults.Scope}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface PowerBiOperation {

	String[] scopes();

	boolean postRows() default false;

}
