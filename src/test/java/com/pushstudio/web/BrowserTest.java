package com.pushstudio.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.annotation.AliasFor;

/**
 * A flow a person clicks through: the whole application on a random port and one headless
 * Chromium per test class, handed to each test method that declares a {@link Browser}
 * parameter, its pages already pointed at the application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {

	/** Extra application properties, as {@link SpringBootTest#properties()}. */
	@AliasFor(annotation = SpringBootTest.class)
	String[] properties() default {};

	/**
	 * A random port unless the flow needs a known one, as an app registration's reply URL
	 * does.
	 */
	@AliasFor(annotation = SpringBootTest.class)
	WebEnvironment webEnvironment() default WebEnvironment.RANDOM_PORT;

}
