package com.pushstudio;

import java.lang.reflect.Proxy;
import java.util.Optional;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.util.ClassUtils;

/**
 * Lets the whole application start while the account feature's connection store is built
 * on another branch: where no bean of that package-private type exists, an empty one
 * stands in. Once the real store is merged this does nothing. (The same trick as the
 * sandbox identity tests use.)
 */
@TestConfiguration(proxyBeanMethods = false)
public class MissingConnectionStates {

	private static final String CONNECTION_STATES = "com.pushstudio.account.ConnectionStates";

	@Bean
	static BeanDefinitionRegistryPostProcessor reportTestsMissingConnectionStates() {
		return new BeanDefinitionRegistryPostProcessor() {

			@Override
			public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
				if (!ClassUtils.isPresent(CONNECTION_STATES, null)
						|| !(registry instanceof ConfigurableListableBeanFactory beanFactory)) {
					return;
				}
				Class<?> type = ClassUtils.resolveClassName(CONNECTION_STATES, null);
				if (beanFactory.getBeanNamesForType(type, true, false).length == 0
						&& !registry.containsBeanDefinition("emptyConnectionStates")) {
					registry.registerBeanDefinition("emptyConnectionStates", definition(type));
				}
			}

			@Override
			public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
			}

		};
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static RootBeanDefinition definition(Class<?> type) {
		// Typed as the interface, so that autowiring by type finds it before it is made.
		return new RootBeanDefinition((Class) type, () -> empty(type));
	}

	private static Object empty(Class<?> type) {
		return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type },
				(proxy, method, arguments) -> switch (method.getName()) {
					case "find" -> Optional.empty();
					case "toString" -> "empty ConnectionStates";
					case "hashCode" -> System.identityHashCode(proxy);
					case "equals" -> proxy == arguments[0];
					default -> null;
				});
	}

}
